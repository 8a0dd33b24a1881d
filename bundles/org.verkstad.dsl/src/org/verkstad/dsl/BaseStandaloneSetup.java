package org.verkstad.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;

/**
 * What the generated setup of a notation's language has done for the grammar it is written with before
 * itself: the registrations a root grammar's setup makes (the grammars are read from their binary
 * form), but no language, since Base is not one of its own and registers no file extension.
 */
public class BaseStandaloneSetup extends BaseStandaloneSetupGenerated {

	public static void doSetup() {
		Resource.Factory.Registry registry = Resource.Factory.Registry.INSTANCE;
		registry.getExtensionToFactoryMap().putIfAbsent("ecore", new EcoreResourceFactoryImpl());
		registry.getExtensionToFactoryMap().putIfAbsent("xmi", new XMIResourceFactoryImpl());
		registry.getExtensionToFactoryMap().putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
	}
}
