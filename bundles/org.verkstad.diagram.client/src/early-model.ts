import { IActionDispatcher, SetModelAction } from '@eclipse-glsp/client';

/**
 * The diagram the page fetched beside its client (`window.VERKSTAD_MODEL`: what the server read ahead
 * when the page was asked for, as the JSON its session will send; the README, "How the page starts").
 * It is drawn as soon as the client is ready, while the session still opens. The session's own model,
 * when it is the same diagram, is then kept as it is (set-model.ts) and not counted as a new drawing
 * (tracking.ts); when it differs (an editor's unsaved text), it is drawn as usual.
 */
export class EarlyModel {
    /** The drawing's action and JSON, until the session's model comes. */
    protected shown?: { action: SetModelAction; json: string };
    protected sessionCame = false;
    protected kept = false;
    protected drawn = false;

    /** Draws the diagram read ahead, unless there is none or the session's model came first; true when drawn. */
    async show(dispatcher: IActionDispatcher, json: string | undefined): Promise<boolean> {
        if (!json || this.sessionCame) {
            return false;
        }
        const action = SetModelAction.create(JSON.parse(json));
        this.shown = { action, json };
        this.drawn = true;
        await dispatcher.dispatch(action);
        return true;
    }

    isEarly(action: SetModelAction): boolean {
        return this.shown !== undefined && this.shown.action === action;
    }

    /** The session's model has come: true when it is the diagram drawn already (its revision aside). */
    sessionModel(action: SetModelAction): boolean {
        const shown = this.shown;
        this.shown = undefined;
        this.sessionCame = true;
        this.kept = shown !== undefined && sameDiagram(action.newRoot, JSON.parse(shown.json));
        return this.kept;
    }

    /** True once after the diagram read ahead was drawn (its view was set with it; a reconnect sets its own). */
    takeDrawn(): boolean {
        const drawn = this.drawn;
        this.drawn = false;
        return drawn;
    }

    /** True once after the session's model was kept: the model root then "changed" to itself. */
    takeKept(): boolean {
        const kept = this.kept;
        this.kept = false;
        return kept;
    }
}

function sameDiagram(a: unknown, b: unknown): boolean {
    const withoutRevision = (key: string, value: unknown): unknown => (key === 'revision' ? undefined : value);
    return JSON.stringify(a, withoutRevision) === JSON.stringify(b, withoutRevision);
}
