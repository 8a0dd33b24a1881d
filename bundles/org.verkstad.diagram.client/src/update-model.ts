import { CommandExecutionContext, CommandReturn, FeedbackAwareUpdateModelCommand, GModelRoot } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * After an edit the server sends only the elements the edit replaced (sprotty's `matches`). sprotty
 * would copy the whole model before replacing them, which for a large map is most of the time of a
 * move; this replaces them in the model the page shows. Server updates are never undone on the
 * page (undo goes to the server), so nothing needs the copy.
 */
@injectable()
export class PatchingUpdateModelCommand extends FeedbackAwareUpdateModelCommand {
    override execute(context: CommandExecutionContext): CommandReturn {
        // sprotty's update action may carry matches instead of a new root; GLSP's type does not say so
        const action = this.action as unknown as { newRoot?: unknown; matches?: Parameters<PatchingUpdateModelCommand['applyMatches']>[1]; animate?: boolean };
        if (action.newRoot === undefined && action.matches !== undefined && action.animate === false) {
            const root = context.root as GModelRoot;
            this.applyMatches(root, action.matches, context);
            this.oldRoot = root;
            this.newRoot = root;
            return this.performUpdate(root, root, context);
        }
        return super.execute(context);
    }
}
