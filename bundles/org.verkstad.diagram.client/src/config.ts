/** What the server writes into the page as `window.VERKSTAD` (see README.md). */
export interface VerkstadConfig {
    websocket: string;
    sourceUri: string;
    diagramType: string;
    notation: string;
    title: string;
    language: string;
    messages?: Record<string, string>;
    /** GLSP's own texts in the page's language, nested as its messages.json (the server's table). */
    glsp?: Record<string, unknown>;
    actions?: string[];
    diagrams?: DiagramLink[];
    types: Record<string, TypeConfig>;
    /** Every view the server may ask for (its enum View): the page refuses to start when it lacks one. */
    views?: string[];
    icons?: Record<string, string>;
    /** Shown in the workbench's model editor, whose key bindings save, undo and redo. */
    embedded?: boolean;
}

export interface DiagramLink {
    type: string;
    label: string;
    url: string;
}

export interface TypeConfig {
    view: string;
    editable?: boolean;
}

/** Injection key of the page's {@link VerkstadConfig}. */
export const VerkstadConfig = Symbol('VerkstadConfig');

/** The toolbar string for `key`, or the key itself when the server sent none. */
export function message(config: VerkstadConfig, key: string): string {
    return config.messages?.[key] ?? key;
}
