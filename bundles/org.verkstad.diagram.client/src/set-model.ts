import {
    Action,
    Bounds,
    CommandExecutionContext,
    DefaultModelInitializationConstraint,
    Dimension,
    EMPTY_ROOT,
    FeedbackAwareSetModelCommand,
    GModelRoot,
    TypeHintProvider,
    RequestTypeHintsAction,
    SetTypeHintsAction,
    TYPES,
    isViewport
} from '@eclipse-glsp/client';
import type { ViewerOptions } from '@eclipse-glsp/client';
import { inject, injectable, optional } from 'inversify';
import { VerkstadPage } from './page';

/** Where the first diagram is shown: at its natural size, with a margin (Fit is one click away). */
export const INITIAL_SCROLL = { x: -24, y: -24 };

/**
 * Sets a new model without drawing it twice. sprotty gives every new model an unmeasured canvas and
 * draws it, then measures the drawing's element on the page and draws it again. That element fills the
 * page's diagram element (`#sprotty`), so the canvas is measured there before the first drawing. The
 * first diagram gets its margin here too, instead of in a viewport change drawn afterwards; later ones
 * (after a reconnect) keep the view the user had.
 */
@injectable()
export class VerkstadSetModelCommand extends FeedbackAwareSetModelCommand {
    @inject(TYPES.ViewerOptions) protected viewerOptions!: ViewerOptions;
    @inject(VerkstadPage) @optional() protected page?: VerkstadPage;

    override execute(context: CommandExecutionContext): GModelRoot {
        const previous = context.root;
        const early = this.page?.early;
        const isEarly = early?.isEarly(this.action) ?? false;
        if (early && !isEarly && this.action.newRoot.type !== EMPTY_ROOT.type && early.sessionModel(this.action)) {
            // the session's model is the diagram drawn from the page's read-ahead: kept, with its view and selection
            return previous;
        }
        const root = super.execute(context) as GModelRoot;
        const canvas = this.action.newRoot.type !== EMPTY_ROOT.type ? pageCanvas(this.viewerOptions) : undefined;
        if (canvas) {
            root.canvasBounds = canvas;
        }
        if (isViewport(root)) {
            const first = previous.type === EMPTY_ROOT.type;
            // the diagram read ahead opens at its opening view at once (the tracker sets it for a session's first model)
            const opening = first && isEarly ? this.page?.openingViewport(root) : undefined;
            root.scroll = opening ? opening.scroll : first ? { ...INITIAL_SCROLL } : isViewport(previous) ? { ...previous.scroll } : root.scroll;
            root.zoom = opening ? opening.zoom : first ? 1 : isViewport(previous) ? previous.zoom : root.zoom;
        }
        return root;
    }

    /**
     * sprotty holds back all actions until the canvas is measured; a canvas measured beforehand needs
     * no waiting, so the next action is let through at once.
     */
    override get blockUntil(): (action: Action) => boolean {
        return this.action.newRoot.type !== EMPTY_ROOT.type && pageCanvas(this.viewerOptions) ? () => true : super.blockUntil;
    }
}

/**
 * GLSP counts a diagram as initialised once its canvas is measured after the first model; with the
 * canvas measured beforehand (see {@link VerkstadSetModelCommand}) that is when the first model is set.
 */
@injectable()
export class VerkstadModelInitializationConstraint extends DefaultModelInitializationConstraint {
    @inject(TYPES.ViewerOptions) protected viewerOptions!: ViewerOptions;

    override isInitializedAfter(action: Action): boolean {
        return (this.isNonEmptyModelAction(action) && pageCanvas(this.viewerOptions) !== undefined) || super.isInitializedAfter(action);
    }
}

/** The bounds of the page's diagram element as sprotty measures a canvas, or undefined while it has no size. */
function pageCanvas(options: ViewerOptions): Bounds | undefined {
    const element = document.getElementById(options.baseDiv);
    if (!element) {
        return undefined;
    }
    const box = element.getBoundingClientRect();
    const bounds = { x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height };
    return Dimension.isValid(bounds) ? bounds : undefined;
}

/**
 * Asks for the type hints before the model instead of after it. They are the same for every diagram of
 * a type; arriving first, they are applied to the model as it is set instead of in a drawing of their own.
 */
@injectable()
export class HintsFirstTypeHintProvider extends TypeHintProvider {
    preRequestModel(): void {
        // not awaited: the model is asked for right after, and the server answers in order
        this.actionDispatcher
            .request(RequestTypeHintsAction.create())
            .then(action => this.handle(action as SetTypeHintsAction))
            .catch(error => console.error('Verkstad: no type hints', error));
    }

    override async postRequestModel(): Promise<void> {
        // asked for in preRequestModel
    }
}
