package org.verkstad.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.verkstad.core.Element;

/**
 * Elements are referred to by their id: inside a file by the id alone, from other files by the
 * id of the file's model and the element's id ({@code bygglov-nulage.a-registrera}). Elements
 * without an id cannot be referred to.
 */
public class VerkstadQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (!(object instanceof Element element) || isBlank(element.getId())) {
			return null;
		}
		EObject root = EcoreUtil.getRootContainer(object);
		if (root == object || !(root instanceof Element model) || isBlank(model.getId())) {
			return QualifiedName.create(element.getId());
		}
		return QualifiedName.create(model.getId(), element.getId());
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
