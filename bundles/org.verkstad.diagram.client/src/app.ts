import 'reflect-metadata';

import {
    ApplicationIdProvider,
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    MessageAction,
    STANDALONE_MODULES,
    elementNavigationModule,
    keyboardControlModule,
    keyboardToolPaletteModule,
    toastModule,
    viewKeyToolsModule,
    toolPaletteModule,
    StatusAction,
    createDiagramOptionsModule,
    edgeIntersectionModule,
    saveModule,
    undoRedoModule,
    updateMessages
} from '@eclipse-glsp/client';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '../css/verkstad.css';
import { VerkstadConfig } from './config';
import { createPageModule, createVerkstadContainer } from './di.config';
import { VerkstadHooks, VerkstadPage } from './page';

declare global {
    interface Window {
        VERKSTAD?: VerkstadConfig;
        /** The socket the page opens before the client is loaded (README, "How the page starts"). */
        VERKSTAD_SOCKET?: WebSocket;
        /** The diagram's JSON the page fetches before loading the client (README, "How the page starts"). */
        VERKSTAD_MODEL?: Promise<string | undefined>;
        verkstad?: VerkstadHooks;
    }
}

/**
 * Connects through the socket the page opened before loading the client, so that the server sets up
 * the session while the client is still loading; later connections (reconnects) open their own.
 */
class EarlySocketProvider extends GLSPWebSocketProvider {
    constructor(
        url: string,
        protected early: WebSocket | undefined
    ) {
        super(url);
    }

    protected override createWebSocket(url: string): WebSocket {
        const early = this.early;
        this.early = undefined;
        if (early && (early.readyState === WebSocket.CONNECTING || early.readyState === WebSocket.OPEN)) {
            return early;
        }
        return super.createWebSocket(url);
    }

    override listen(handler: Parameters<GLSPWebSocketProvider['listen']>[0], isReconnecting = false): ReturnType<GLSPWebSocketProvider['listen']> {
        const connected = super.listen(handler, isReconnecting);
        // an early socket may have opened already: then its open event has passed
        if (this.webSocket.readyState === WebSocket.OPEN) {
            this.webSocket.onopen?.(new Event('open'));
        }
        return connected;
    }
}

const ACCESSIBILITY = [viewKeyToolsModule, keyboardToolPaletteModule, keyboardControlModule, elementNavigationModule, toastModule];

type Connection = ConstructorParameters<typeof BaseJsonrpcGLSPClient>[0]['connectionProvider'];

function start(config: VerkstadConfig): void {
    document.documentElement.lang = config.language;
    // GLSP's own texts (palette, keyboard help, markers) in the page's language, before anything shows them
    if (config.glsp) {
        updateMessages(config.glsp);
    }
    document.body.classList.add(`notation-${config.notation}`);

    const page = new VerkstadPage(config, document.getElementById('verkstad-toolbar'));
    window.verkstad = page.hooks;

    // one id per page, kept across reconnects like GLSP's standalone example
    const clientId = `verkstad-${Math.random().toString(36).slice(2, 10)}`;
    let glspClient: GLSPClient | undefined;
    let early = window.VERKSTAD_MODEL;
    window.VERKSTAD_MODEL = undefined;

    async function initialize(connection: Connection, isReconnecting = false): Promise<void> {
        page.connect(undefined);
        const client = new BaseJsonrpcGLSPClient({ id: 'verkstad', connectionProvider: connection });
        glspClient = client;
        // the server initialises while the diagram's container is built (some 100 ms of script): GLSP's
        // loader then finds the client initialised, or waits for this same request (failures are its to report)
        client
            .start()
            .then(() => client.initializeServer({ applicationId: ApplicationIdProvider.get(), protocolVersion: GLSPClient.protocolVersion }))
            .catch(() => undefined);
        const container = createVerkstadContainer(
            config,
            createDiagramOptionsModule(
                { clientId, diagramType: config.diagramType, glspClientProvider: async () => client, sourceUri: config.sourceUri },
                // the page's diagram element; GLSP would otherwise look for an element named like the client id
                { baseDiv: 'sprotty', hiddenDiv: 'sprotty_hidden' }
            ),
            createPageModule(page),
            // keyboard use: move and resize with the arrow keys, navigate elements, focus palette and diagram
            // no edge crossings are drawn, so nothing needs them computed on every drawing
            // in the workbench its own key bindings save, undo and redo (the editor's history): the page must not too
            {
                // GLSP's accessibility modules, without the focus tracker, whose "Currently focused: …" box covered the diagram
                add: [...STANDALONE_MODULES, ...ACCESSIBILITY].filter(m => !config.embedded || (m !== saveModule && m !== undoRedoModule)),
                remove: [toolPaletteModule, edgeIntersectionModule]
            }
        );
        const actionDispatcher = container.get(GLSPActionDispatcher);
        if (early) {
            // the diagram read ahead is drawn while the session opens (only on the first connection)
            const read = early;
            early = undefined;
            read.then(json => page.early.show(actionDispatcher, json))
                .then(drawn => drawn && page.firstDrawn())
                .catch(error => console.error('Verkstad: the diagram read ahead was not drawn', error));
        }
        await container.get(DiagramLoader).load({ requestModelOptions: { isReconnecting } });
        page.connect(actionDispatcher);

        if (isReconnecting) {
            const text = config.messages?.reconnected ?? 'The connection to the server was lost and has been restored.';
            const severity = 'WARNING';
            actionDispatcher.dispatchAll([StatusAction.create(text, { severity, timeout: 5000 }), MessageAction.create(text, { severity })]);
        }
    }

    async function reconnect(connection: Connection): Promise<void> {
        glspClient?.stop();
        await initialize(connection, true);
    }

    const provider = new EarlySocketProvider(config.websocket, window.VERKSTAD_SOCKET);
    window.VERKSTAD_SOCKET = undefined;
    provider.listen({ onConnection: initialize, onReconnect: reconnect, logger: console });
}

/**
 * Tells the page's style sheet whether the palette is unfolded (GLSP folds it by its height), so that the
 * diagram makes room for it; the diagram is told its new size.
 */
function dockPalette(): void {
    const sprotty = document.getElementById('sprotty');
    if (!sprotty) {
        return;
    }
    let open: boolean | undefined;
    let watched: HTMLElement | null = null;
    const paletteObserver = new MutationObserver(() => update());
    const update = (): void => {
        const palette = document.getElementById('sprotty_tool-palette');
        if (palette !== watched) {
            paletteObserver.disconnect();
            watched = palette;
            if (palette) {
                paletteObserver.observe(palette, { attributes: true, attributeFilter: ['style'] });
            }
        }
        const now = palette !== null && palette.style.maxHeight !== '0px' && palette.style.display !== 'none';
        if (now !== open) {
            open = now;
            document.body.classList.toggle('verkstad-palette-open', now);
            window.dispatchEvent(new Event('resize'));
        }
    };
    // the palette is added when the diagram is ready (and again after a reconnect)
    new MutationObserver(update).observe(document.body, { childList: true, subtree: true });
    update();
}

const config = window.VERKSTAD;
if (config) {
    dockPalette();
    start(config);
} else {
    console.error('Verkstad: the page has no window.VERKSTAD configuration');
}
