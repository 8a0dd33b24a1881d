import {
    Action,
    EMPTY_ROOT,
    GModelRoot,
    IActionHandler,
    IDiagramStartup,
    IGModelRootListener,
    SetDirtyStateAction,
    TYPES
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { VerkstadPage } from './page';

/** Shows the dirty state of the diagram in the toolbar title. */
@injectable()
export class DirtyStateHandler implements IActionHandler {
    @inject(VerkstadPage) protected page!: VerkstadPage;

    handle(action: Action): void {
        if (SetDirtyStateAction.is(action)) {
            this.page.setDirty(action.isDirty);
        }
    }
}

/**
 * Reports drawn models to the page. The first model counts once GLSP has finished initialising
 * the diagram (its first rendering happens before the canvas size is known and draws nothing);
 * every later SetModel/UpdateModel counts when the model root changes, which GLSP announces only
 * after the command stack has rendered the new model, animations included.
 */
@injectable()
export class DrawingTracker implements IDiagramStartup, IGModelRootListener {
    @inject(VerkstadPage) protected page!: VerkstadPage;
    protected initialized = false;

    @inject(TYPES.IActionDispatcher) protected dispatcher!: { dispatch(action: Action): Promise<void> };
    protected root?: Readonly<GModelRoot>;

    async postModelInitialization(): Promise<void> {
        this.initialized = true;
        // the diagram read ahead was set with its opening view already
        const view = !this.page.early.takeDrawn() && this.root ? this.page.openingView(this.root) : undefined;
        if (view) {
            try {
                await this.dispatcher.dispatch(view);
            } catch (error) {
                console.error('Verkstad: the opening view failed', error);
            }
        }
        this.page.modelDrawn();
    }

    modelRootChanged(root: Readonly<GModelRoot>): void {
        this.root = root;
        this.page.root = root;
        this.page.topLevelIds = root.children.map(child => child.id);
        // the session's model kept in place of the same diagram read ahead is not a new drawing
        if (this.page.early.takeKept()) {
            return;
        }
        // the empty root is GLSP's placeholder before the first model, not a drawing
        if (this.initialized && root.type !== EMPTY_ROOT.type) {
            this.page.modelDrawn();
        }
    }
}
