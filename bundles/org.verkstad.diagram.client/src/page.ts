import {
    Action,
    FitToScreenAction,
    GModelRoot,
    IActionDispatcher,
    LayoutOperation,
    RedoAction,
    SaveModelAction,
    SetViewportAction,
    isBoundsAware,
    UndoAction,
    ZoomAction,
    isMac,
    matchesKeystroke
} from '@eclipse-glsp/client';
import { VerkstadConfig, message } from './config';
import { Bounds, Viewport, viewport } from './viewport';
import { FixMenu } from './fixes';
import { EarlyModel } from './early-model';

/** `window.verkstad`: what tests and benchmarks read and drive (README, "Hooks"). */
export interface VerkstadHooks {
    /** True once the first model has been drawn. */
    loaded: boolean;
    /** How many models (the first one and every update from the server) have been drawn. */
    updates: number;
    /** `performance.now()` after the last model was drawn. */
    lastDrawnAt: number;
    /** `performance.now()` once the diagram was first painted: the model read ahead (before `loaded`), or the session's. */
    firstDrawnAt: number;
    dispatch(action: Action): Promise<void>;
}

interface ToolbarButton {
    key: string;
    icon: string;
    shortcut?: string;
    action: () => Action;
}

/**
 * Everything of the page that outlives a connection: the toolbar and the hooks. A reconnect
 * builds a new diagram container, which then talks to the same page.
 */
export class VerkstadPage {
    /**
     * The ids of the diagram's top-level elements, which Fit frames. Without ids, sprotty fits the
     * selection or every element, the root's unbounded box among them, and then does nothing.
     */
    topLevelIds: string[] = [];

    readonly hooks: VerkstadHooks;
    protected dispatcher?: IActionDispatcher;
    protected pending: Array<(dispatcher: IActionDispatcher) => void> = [];
    protected dirty = false;
    protected titleElement?: HTMLElement;
    /** The menu a marker's click opens (quick fix). */
    readonly fixes: FixMenu;
    /** The diagram fetched with the page, drawn before the session's. */
    readonly early = new EarlyModel();

    constructor(
        readonly config: VerkstadConfig,
        toolbar: HTMLElement | null
    ) {
        this.hooks = {
            loaded: false,
            updates: 0,
            lastDrawnAt: 0,
            firstDrawnAt: 0,
            dispatch: action => this.dispatch(action)
        };
        if (toolbar) {
            this.fillToolbar(toolbar);
        }
        this.showTitle();
        document.addEventListener('keydown', event => this.onKeyDown(event));
        this.fixes = new FixMenu(config, () => this.dispatcher);
    }

    /** The dispatcher of the diagram currently shown; undefined while (re)connecting. */
    connect(dispatcher: IActionDispatcher | undefined): void {
        this.dispatcher = dispatcher;
        if (dispatcher) {
            const pending = this.pending;
            this.pending = [];
            pending.forEach(send => send(dispatcher));
        }
    }

    /** Actions sent while no diagram is connected wait for the next one instead of getting lost. */
    dispatch(action: Action): Promise<void> {
        if (this.dispatcher) {
            return this.dispatcher.dispatch(action);
        }
        return new Promise<void>((resolve, reject) => this.pending.push(dispatcher => dispatcher.dispatch(action).then(resolve, reject)));
    }

    setDirty(dirty: boolean): void {
        this.dirty = dirty;
        this.showTitle();
    }

    /** Called once a model is in the DOM; counts it after the browser has painted it. */
    modelDrawn(): void {
        afterPaint(() => {
            this.hooks.firstDrawnAt ||= performance.now();
            this.hooks.updates++;
            this.hooks.lastDrawnAt = performance.now();
            this.hooks.loaded = true;
        });
    }

    /** The diagram read ahead is in the DOM: notes when it is painted, with its font (not a model update). */
    firstDrawn(): void {
        document.fonts.ready.then(() => afterPaint(() => (this.hooks.firstDrawnAt ||= performance.now())));
    }

    protected showTitle(): void {
        const title = (this.dirty ? '• ' : '') + this.config.title;
        if (this.titleElement) {
            this.titleElement.textContent = title;
        }
        document.title = title;
        document.body.classList.toggle('verkstad-dirty', this.dirty);
    }

    protected fillToolbar(toolbar: HTMLElement): void {
        toolbar.setAttribute('role', 'toolbar');
        toolbar.replaceChildren();

        this.titleElement = element('span', 'verkstad-title');
        this.titleElement.id = 'verkstad-title';
        toolbar.appendChild(this.titleElement);

        const diagrams = this.config.diagrams ?? [];
        if (diagrams.length > 0) {
            const tabs = element('nav', 'verkstad-tabs');
            for (const diagram of diagrams) {
                const tab = element('a', 'verkstad-tab') as HTMLAnchorElement;
                tab.href = diagram.url;
                tab.textContent = diagram.label;
                tab.dataset.type = diagram.type;
                if (diagram.type === this.config.diagramType) {
                    tab.classList.add('active');
                    tab.setAttribute('aria-current', 'page');
                }
                tabs.appendChild(tab);
            }
            toolbar.appendChild(tabs);
        }

        toolbar.appendChild(element('span', 'verkstad-spacer'));

        const buttons = element('div', 'verkstad-buttons');
        const all = this.buttons().map(button => this.createButton(button));
        all.forEach(button => buttons.appendChild(button));
        toolbar.appendChild(buttons);

        // what does not fit goes into a menu at the end of the toolbar, never cut off
        const more = document.createElement('button');
        more.type = 'button';
        more.id = 'verkstad-more';
        more.className = 'verkstad-button verkstad-more';
        more.title = message(this.config, 'more');
        more.setAttribute('aria-haspopup', 'menu');
        more.setAttribute('aria-expanded', 'false');
        const icon = document.createElement('i');
        icon.className = 'codicon codicon-ellipsis';
        icon.setAttribute('aria-hidden', 'true');
        const text = document.createElement('span');
        text.textContent = message(this.config, 'more');
        more.append(icon, text);
        const menu = element('div', 'verkstad-menu');
        menu.id = 'verkstad-menu';
        menu.setAttribute('role', 'menu');
        menu.hidden = true;
        const close = (): void => {
            menu.hidden = true;
            more.setAttribute('aria-expanded', 'false');
        };
        more.addEventListener('mousedown', event => event.preventDefault());
        more.addEventListener('click', () => {
            menu.hidden = !menu.hidden;
            more.setAttribute('aria-expanded', String(!menu.hidden));
        });
        menu.addEventListener('click', close);
        document.addEventListener('mousedown', event => {
            if (!menu.hidden && event.target instanceof Node && !menu.contains(event.target) && !more.contains(event.target)) {
                close();
            }
        });
        document.addEventListener('keydown', event => {
            if (event.key === 'Escape') {
                close();
            }
        });
        toolbar.append(more, menu);

        const arrange = (): void => {
            all.forEach(button => buttons.appendChild(button));
            more.hidden = true;
            // move buttons into the menu from the end until the toolbar fits its width
            let moved = 0;
            while (toolbar.scrollWidth > toolbar.clientWidth + 1 && moved < all.length) {
                more.hidden = false;
                moved++;
                menu.prepend(all[all.length - moved]);
            }
            if (moved === 0) {
                close();
            }
        };
        // again whenever the toolbar or what is in it changes size (the window, the title, the web font arriving)
        const observer = new ResizeObserver(() => arrange());
        observer.observe(toolbar);
        for (const child of Array.from(toolbar.children)) {
            if (child !== menu) {
                observer.observe(child);
            }
        }
        document.fonts?.ready.then(() => arrange()).catch(() => undefined);
        arrange();
    }

    protected buttons(): ToolbarButton[] {
        const mod = isMac() ? '⌘' : 'Ctrl+';
        const buttons: ToolbarButton[] = [
            { key: 'save', icon: 'save', shortcut: `${mod}S`, action: () => SaveModelAction.create() },
            { key: 'undo', icon: 'discard', shortcut: `${mod}Z`, action: () => UndoAction.create() },
            { key: 'redo', icon: 'redo', shortcut: isMac() ? '⇧⌘Z' : 'Ctrl+Y', action: () => RedoAction.create() },
            { key: 'zoomOut', icon: 'zoom-out', shortcut: `${mod}-`, action: () => ZoomAction.create({ zoomFactor: 1 / ZOOM_STEP }) },
            { key: 'zoomIn', icon: 'zoom-in', shortcut: `${mod}+`, action: () => ZoomAction.create({ zoomFactor: ZOOM_STEP }) },
            { key: 'fit', icon: 'screen-full', shortcut: `${mod}0`, action: () => this.fit() }
        ];
        if (this.config.actions?.includes('layout')) {
            buttons.push({ key: 'layout', icon: 'type-hierarchy-sub', action: () => LayoutOperation.create([]) });
        }
        return buttons;
    }

    /** Ctrl+= or Ctrl++ zooms in, Ctrl+- zooms out, Ctrl+0 fits the diagram to the window. */
    protected zoomKey(event: KeyboardEvent): Action | undefined {
        if (isZoomKey(event, '+', '=')) {
            return ZoomAction.create({ zoomFactor: ZOOM_STEP });
        }
        if (isZoomKey(event, '-')) {
            return ZoomAction.create({ zoomFactor: 1 / ZOOM_STEP });
        }
        if (isZoomKey(event, '0')) {
            return this.fit();
        }
        return undefined;
    }

    /** The model shown (set by the drawing tracker), for the view's arithmetic. */
    root?: Readonly<GModelRoot>;

    /**
     * Fits the diagram into the area it is drawn in (at most 100 %), measured on the page: sprotty's own
     * fit would use the window's size from before the palette took its place beside the drawing.
     */
    protected fit(): Action {
        const svg = document.querySelector('#sprotty > svg.sprotty-graph');
        const area = svg ? { width: svg.clientWidth, height: svg.clientHeight } : undefined;
        // no smaller than GLSP lets the view go: a map too long for it is shown from its start at that zoom
        // (fitted below it, the view was computed for a zoom GLSP then refused, and showed nothing)
        const view = this.root && area ? this.view(this.root, area, SMALLEST_ZOOM, true) : undefined;
        return view ?? FitToScreenAction.create(this.topLevelIds, { padding: 20, maxZoom: 1, animate: true });
    }

    /**
     * How a diagram opens: fitted to the window when its text stays readable so (at most 100 %), else at
     * the smallest readable zoom from its top left corner, to be scrolled.
     */
    openingView(root: Readonly<GModelRoot>): Action | undefined {
        return this.view(root, drawingArea(), READABLE_ZOOM, false);
    }

    /** The same view, set on a model as it is set (the diagram read ahead). */
    openingViewport(root: Readonly<GModelRoot>): Viewport | undefined {
        return viewport(topLevelBoxes(root), drawingArea(), READABLE_ZOOM);
    }

    /** The diagram fitted into an area (at most 100 %), or at {@code least} from its top left corner when fitting would go below it. */
    protected view(root: Readonly<GModelRoot>, canvas: { width: number; height: number } | undefined, least: number,
        animate: boolean): Action | undefined {
        const view = viewport(topLevelBoxes(root), canvas, least);
        return view ? SetViewportAction.create(root.id, view, { animate }) : undefined;
    }

    protected createButton(button: ToolbarButton): HTMLButtonElement {
        const label = message(this.config, button.key);
        const element = document.createElement('button');
        element.type = 'button';
        element.id = `verkstad-${button.key}`;
        element.className = 'verkstad-button';
        element.title = button.shortcut ? `${label} (${button.shortcut})` : label;
        const icon = document.createElement('i');
        icon.className = `codicon codicon-${button.icon}`;
        icon.setAttribute('aria-hidden', 'true');
        const text = document.createElement('span');
        text.textContent = label;
        element.append(icon, text);
        // keep the keyboard focus where it was (usually the diagram), so its shortcuts keep working
        element.addEventListener('mousedown', event => event.preventDefault());
        element.addEventListener('click', () => {
            this.dispatch(button.action()).catch(error => console.error(`Verkstad: ${button.key} failed`, error));
        });
        return element;
    }

    /**
     * GLSP's standalone modules already bind Ctrl+S, Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z, but only on the
     * focused diagram. Here they are repeated for key presses that never reach it (focus on the page
     * or the toolbar), where the browser would otherwise open its own "save page" dialog.
     */
    protected onKeyDown(event: KeyboardEvent): void {
        // zoom, wherever the focus is on the page (the browser would zoom the whole page)
        let action: Action | undefined = this.zoomKey(event);
        if (action) {
            event.preventDefault();
            this.dispatch(action).catch(error => console.error('Verkstad: zoom failed', error));
            return;
        }
        if (event.defaultPrevented || this.config.embedded || isInDiagramOrTextField(event.target)) {
            return;
        }
        if (matchesKeystroke(event, 'KeyS', 'ctrlCmd')) {
            action = SaveModelAction.create();
        } else if (matchesKeystroke(event, 'KeyZ', 'ctrlCmd')) {
            action = UndoAction.create();
        } else if (matchesKeystroke(event, 'KeyZ', 'ctrlCmd', 'shift') || (!isMac() && matchesKeystroke(event, 'KeyY', 'ctrlCmd'))) {
            action = RedoAction.create();
        }
        if (action) {
            event.preventDefault();
            this.dispatch(action).catch(error => console.error('Verkstad: shortcut failed', error));
        }
    }
}

function isZoomKey(event: KeyboardEvent, ...keys: string[]): boolean {
    return (isMac() ? event.metaKey : event.ctrlKey) && !event.altKey && keys.includes(event.key);
}

function element(tag: string, className: string): HTMLElement {
    const result = document.createElement(tag);
    result.className = className;
    return result;
}

function isInDiagramOrTextField(target: EventTarget | null): boolean {
    if (!(target instanceof Element)) {
        return false;
    }
    return target.closest('#sprotty, input, textarea, select, [contenteditable]') !== null;
}

/** The boxes of a diagram's top-level elements, which a view frames. */
function topLevelBoxes(root: Readonly<GModelRoot>): Bounds[] {
    return root.children.flatMap(child => (isBoundsAware(child) ? [child.bounds] : []));
}

/**
 * The size of the area the diagram is drawn in: the diagram's element without the docked palette, which
 * is open when a diagram opens (its width from the page's style sheet).
 */
function drawingArea(): { width: number; height: number } | undefined {
    const sprotty = document.getElementById('sprotty');
    if (!sprotty) {
        return undefined;
    }
    const palette = parseFloat(getComputedStyle(sprotty).getPropertyValue('--verkstad-palette-width')) || 0;
    return { width: sprotty.clientWidth - palette, height: sprotty.clientHeight };
}

/**
 * The smallest zoom a diagram opens at: its texts (11 px, badges 10 px) stay at least 10 px high on the
 * screen. A larger diagram opens at this zoom and is scrolled.
 */
const READABLE_ZOOM = 10 / 11;

/** The smallest zoom GLSP allows (its default viewer options' zoom limits). */
const SMALLEST_ZOOM = 0.1;

/** How much one step of zooming in enlarges the diagram. */
const ZOOM_STEP = 1.25;

/**
 * The DOM is patched synchronously, but "drawn" means painted: the callback runs right after the
 * next frame. Hidden pages get no frames at all, so they only wait for the event loop.
 */
function afterPaint(callback: () => void): void {
    if (document.visibilityState === 'hidden') {
        setTimeout(callback, 0);
    } else {
        requestAnimationFrame(() => setTimeout(callback, 0));
    }
}
