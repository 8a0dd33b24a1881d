package org.verkstad.ui.wizards;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.verkstad.ui.UiMessages;

/**
 * A wizard page that works on many models: the {@link ModelTree} on top (what was chosen when the
 * wizard opened ticked), the page's own options below.
 */
public abstract class ModelsPage extends WizardPage {

	private List<IResource> initial = List.of();
	private ModelTree models;

	protected ModelsPage() {
		super("models");
	}

	/**
	 * Before the page is made: its title and description (the wizard's messages {@code .title} and
	 * {@code .description}) and what was chosen when the wizard opened, to be ticked.
	 */
	void open(String keys, IStructuredSelection selection) {
		setTitle(UiMessages.text(keys + ".title"));
		setDescription(UiMessages.text(keys + ".description"));
		initial = ModelTree.resources(selection);
	}

	@Override
	public final void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		models = new ModelTree(page, this::changed);
		createOptions(page);
		setControl(page);
		models.check(initial);
		changed();
	}

	/** The page's own fields, below the models. */
	protected abstract void createOptions(Composite page);

	/** The choice changed: check it (called while the fields are made too, so they may be missing). */
	protected abstract void changed();

	/** The resources chosen when the wizard opened. */
	protected List<IResource> initial() {
		return initial;
	}

	/** The model files ticked, in the order of their paths (none before the page is shown). */
	public List<IFile> files() {
		return models == null ? List.of() : models.files();
	}
}
