import { IActionDispatcher, Operation, RequestAction, ResponseAction } from '@eclipse-glsp/client';
import { VerkstadConfig, message } from './config';

/** The server's answer to {@link FixMenu}'s request: what the checks found at an element, and the fixes. */
interface SetFixesAction extends ResponseAction {
    kind: 'verkstadSetFixes';
    problems: string[];
    fixes: string[];
}

interface RequestFixesAction extends RequestAction<SetFixesAction> {
    kind: 'verkstadRequestFixes';
    elementId: string;
}

interface ApplyFixOperation extends Operation {
    kind: 'verkstadApplyFix';
    elementId: string;
    fix: number;
}

/**
 * Quick fix on the diagram: a click on an element's marker (the red or yellow sign at its corner) opens
 * a menu with what the checks found there and the fixes they know; a chosen fix is an edit like any
 * other (undone with Undo). Escape or a click elsewhere closes it.
 */
export class FixMenu {
    protected menu?: HTMLElement;

    constructor(
        protected readonly config: VerkstadConfig,
        protected readonly dispatcher: () => IActionDispatcher | undefined
    ) {
        // before sprotty sees the click: a marker's click is the menu's, not a selection's
        document.addEventListener('click', event => this.onClick(event), true);
        document.addEventListener('keydown', event => {
            if (event.key === 'Escape') {
                this.close();
            }
        });
    }

    protected onClick(event: MouseEvent): void {
        const target = event.target instanceof Element ? event.target : undefined;
        if (this.menu && target && this.menu.contains(target)) {
            return;
        }
        this.close();
        const marker = target?.closest('.sprotty-issue');
        const parent = marker?.getAttribute('data-svg-metadata-parent-id');
        if (!marker || !parent) {
            return;
        }
        event.stopPropagation();
        event.preventDefault();
        this.open(parent.replace(/^sprotty_/, ''), marker.getBoundingClientRect()).catch(error =>
            console.error('Verkstad: the fixes could not be asked for', error)
        );
    }

    /** Asks the server what was found at the element and shows it with the fixes under the marker. */
    async open(elementId: string, at: DOMRect): Promise<void> {
        const dispatcher = this.dispatcher();
        if (!dispatcher) {
            return;
        }
        const request: RequestFixesAction = { kind: 'verkstadRequestFixes', elementId, requestId: RequestAction.generateRequestId() };
        const answer = await dispatcher.request<SetFixesAction>(request);
        this.close();
        const menu = document.createElement('div');
        menu.className = 'verkstad-menu verkstad-fixes';
        menu.id = 'verkstad-fixes';
        menu.setAttribute('role', 'menu');
        menu.setAttribute('aria-label', message(this.config, 'fixes'));
        const title = document.createElement('div');
        title.className = 'verkstad-fixes-title';
        title.textContent = message(this.config, 'fixes');
        menu.appendChild(title);
        for (const problem of answer.problems) {
            const line = document.createElement('p');
            line.className = 'verkstad-fixes-problem';
            line.textContent = problem;
            menu.appendChild(line);
        }
        answer.fixes.forEach((label, index) => {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'verkstad-button verkstad-fix';
            button.setAttribute('role', 'menuitem');
            button.textContent = label;
            button.addEventListener('click', () => {
                this.close();
                const apply: ApplyFixOperation = { kind: 'verkstadApplyFix', isOperation: true, elementId, fix: index };
                dispatcher.dispatch(apply).catch(error => console.error('Verkstad: the fix failed', error));
            });
            menu.appendChild(button);
        });
        if (answer.fixes.length === 0) {
            const none = document.createElement('p');
            none.className = 'verkstad-fixes-none';
            none.textContent = message(this.config, 'fixes.none');
            menu.appendChild(none);
        }
        // under the marker, or over it when there is more room there; a long list scrolls inside the window
        const below = window.innerHeight - at.bottom - 12;
        const above = at.top - 12;
        menu.style.left = `${Math.max(4, Math.min(at.left, window.innerWidth - 420))}px`;
        if (below >= 400 || below >= above) {
            menu.style.top = `${at.bottom + 4}px`;
            menu.style.maxHeight = `${below}px`;
        } else {
            menu.style.bottom = `${window.innerHeight - at.top + 4}px`;
            menu.style.maxHeight = `${above}px`;
        }
        document.body.appendChild(menu);
        this.menu = menu;
        menu.querySelector<HTMLElement>('.verkstad-fix')?.focus();
    }

    close(): void {
        this.menu?.remove();
        this.menu = undefined;
    }
}
