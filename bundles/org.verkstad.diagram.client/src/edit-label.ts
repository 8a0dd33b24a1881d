import { GlspEditLabelUI } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * The server wraps label text into lines; those line breaks are layout, not part of the name.
 * The editor therefore shows the text on one line (an input would silently drop the breaks and
 * glue the words together), and closing it unchanged must not send an edit.
 */
export function unwrap(text: string): string {
    return text.replace(/\s*\n\s*/g, ' ');
}

@injectable()
export class VerkstadEditLabelUI extends GlspEditLabelUI {
    protected override applyTextContents(): void {
        super.applyTextContents();
        if (this.label) {
            this.editControl.value = unwrap(this.label.text);
            this.editControl.select();
        }
    }

    protected override async applyLabelEdit(): Promise<void> {
        if (this.isActive && this.label && this.editControl.value === unwrap(this.label.text)) {
            this.hide();
            return;
        }
        return super.applyLabelEdit();
    }
}
