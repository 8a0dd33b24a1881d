package org.verkstad.ui.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.verkstad.core.notation.Notation;
import org.verkstad.core.notation.Notations;
import org.verkstad.ui.teaching.InstructionsView;
import org.verkstad.ui.teaching.HandInsView;
import org.verkstad.ui.wizards.NewCourseProjectWizard;

/**
 * Where a participant works: the course projects on the left, the editors in the middle, the outline
 * on the right, the problems and the properties of the selection below.
 */
public final class ModellingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.verkstad.ui.modelling";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editors);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editors);
		IFolderLayout bottom = layout.createFolder("org.verkstad.ui.bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(AnalysisView.ID);
		bottom.addPlaceholder(HandInsView.ID);
		// a model made from a template shows the teacher's instructions beside it, under the outline
		layout.addPlaceholder(InstructionsView.ID, IPageLayout.BOTTOM, 0.45f, IPageLayout.ID_OUTLINE);

		layout.addNewWizardShortcut(NewCourseProjectWizard.ID);
		// each notation's workbench bundle (org.verkstad.<notation>.ui) contributes its wizard, in the course's order
		for (Notation notation : Notations.inCourseOrder()) {
			layout.addNewWizardShortcut("org.verkstad." + notation.id() + ".ui.newModel");
		}
		layout.addNewWizardShortcut("org.verkstad.ui.newFromTemplate");
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(AnalysisView.ID);
		layout.addShowViewShortcut(InstructionsView.ID);
		layout.addShowViewShortcut(HandInsView.ID);
	}
}
