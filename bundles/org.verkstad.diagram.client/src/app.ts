import 'reflect-metadata';

import {
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    MessageAction,
    STANDALONE_MODULES,
    accessibilityModule,
    toolPaletteModule,
    StatusAction,
    createDiagramOptionsModule
} from '@eclipse-glsp/client';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '../css/verkstad.css';
import { VerkstadConfig } from './config';
import { createPageModule, createVerkstadContainer } from './di.config';
import { VerkstadHooks, VerkstadPage } from './page';

declare global {
    interface Window {
        VERKSTAD?: VerkstadConfig;
        verkstad?: VerkstadHooks;
    }
}

type Connection = ConstructorParameters<typeof BaseJsonrpcGLSPClient>[0]['connectionProvider'];

function start(config: VerkstadConfig): void {
    document.documentElement.lang = config.language;
    document.body.classList.add(`notation-${config.notation}`);

    const page = new VerkstadPage(config, document.getElementById('verkstad-toolbar'));
    window.verkstad = page.hooks;

    // one id per page, kept across reconnects like GLSP's standalone example
    const clientId = `verkstad-${Math.random().toString(36).slice(2, 10)}`;
    let glspClient: GLSPClient | undefined;

    async function initialize(connection: Connection, isReconnecting = false): Promise<void> {
        page.connect(undefined);
        const client = new BaseJsonrpcGLSPClient({ id: 'verkstad', connectionProvider: connection });
        glspClient = client;
        const container = createVerkstadContainer(
            config,
            createDiagramOptionsModule(
                { clientId, diagramType: config.diagramType, glspClientProvider: async () => client, sourceUri: config.sourceUri },
                // the page's diagram element; GLSP would otherwise look for an element named like the client id
                { baseDiv: 'sprotty', hiddenDiv: 'sprotty_hidden' }
            ),
            createPageModule(page),
            // keyboard use: move and resize with the arrow keys, navigate elements, focus palette and diagram
            { add: [...STANDALONE_MODULES, accessibilityModule], remove: toolPaletteModule }
        );
        const actionDispatcher = container.get(GLSPActionDispatcher);
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

    const provider = new GLSPWebSocketProvider(config.websocket);
    provider.listen({ onConnection: initialize, onReconnect: reconnect, logger: console });
}

const config = window.VERKSTAD;
if (config) {
    start(config);
} else {
    console.error('Verkstad: the page has no window.VERKSTAD configuration');
}
