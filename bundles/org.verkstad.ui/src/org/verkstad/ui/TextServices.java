package org.verkstad.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.verkstad.core.io.ModelIO;
import org.verkstad.dsl.ide.VerkstadIdeSetup;
import org.verkstad.dsl.ide.highlighting.VerkstadHighlighting;

import com.google.inject.Injector;

/**
 * The text format's editor services for the text page, from the language's IDE layer
 * ({@code org.verkstad.dsl.ide}: Xtext's services without its Eclipse UI, the same the language server
 * offers): content assist, colouring by kind of word, hover. Its injector is made once, in the
 * background when the first model editor opens.
 */
final class TextServices {

	/** A kind of word in the text, coloured alike. */
	enum Kind {
		KEYWORD, STRING, NUMBER, COMMENT, DECLARATION, REFERENCE
	}

	/** A proposal of content assist: what replaces the typed prefix, how it is listed, and what it is. */
	record Proposal(String text, String prefix, String label, String description) {
	}

	private static volatile Injector injector;
	private static final ExecutorService POOL = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Verkstad content assist");
		thread.setDaemon(true);
		return thread;
	});

	private TextServices() {
	}

	private static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (TextServices.class) {
				if (injector == null) {
					// no EMF registration: the files are read by ModelIO's registration already
					injector = new VerkstadIdeSetup().createInjector();
				}
				result = injector;
			}
		}
		return result;
	}

	/** Makes the injector in the background, so the first use is quick; then runs {@code ready}. */
	static void warmUp(Runnable ready) {
		if (injector != null) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				injector();
				ready.run();
			} catch (RuntimeException | LinkageError e) {
				// the text page keeps the grammar's colours and has no assist: the log says why
				org.eclipse.core.runtime.Platform.getLog(TextServices.class)
						.log(org.eclipse.core.runtime.Status.error(e.toString(), e));
			}
		}, "Verkstad text services");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * What may be typed at an offset of a model file's text: keywords, and the names of elements (of
	 * this file and the other model files of its folder) that fit where the caret is.
	 */
	static List<Proposal> proposals(Path file, String text, int offset) {
		Injector services = injector();
		XtextResourceSet resourceSet = services.getInstance(XtextResourceSet.class);
		XtextResource resource = load(services, resourceSet, file, text.getBytes(StandardCharsets.UTF_8));
		ModelIO.siblings(ModelIO.newResourceSet(), file).forEach(sibling -> {
			try {
				load(services, resourceSet, sibling, Files.readAllBytes(sibling));
			} catch (IOException | RuntimeException unreadable) {
				// its names are not proposed; the file's own checks say why
			}
		});
		ContentAssistContextFactory factory = services.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		Map<String, Proposal> found = new LinkedHashMap<>();
		Map<String, Integer> priorities = new java.util.HashMap<>();
		services.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts),
				new IIdeContentProposalAcceptor() {
					@Override
					public void accept(ContentAssistEntry entry, int priority) {
						if (entry != null && entry.getProposal() != null && !found.containsKey(entry.getProposal())) {
							String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
							String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
							found.put(entry.getProposal(), new Proposal(entry.getProposal(), prefix, label, entry.getDescription()));
							priorities.put(entry.getProposal(), priority);
						}
					}

					@Override
					public boolean canAcceptMoreProposals() {
						return found.size() < 500;
					}
				});
		List<Proposal> proposals = new ArrayList<>(found.values());
		proposals.sort(Comparator.<Proposal>comparingInt(p -> -priorities.get(p.text())).thenComparing(Proposal::label));
		return proposals;
	}

	private static XtextResource load(Injector services, XtextResourceSet resourceSet, Path file, byte[] content) {
		XtextResource resource = services.getInstance(XtextResource.class);
		resource.setURI(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(content), Map.of());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	/**
	 * The coloured words of a model's text (read by ModelIO, with its node model): keywords, strings,
	 * numbers and comments by the grammar, declared ids and references by the language's semantic
	 * highlighting. Given in the order of the text; a semantic kind comes after the grammar's.
	 */
	static void colours(Resource resource, BiConsumer<int[], Kind> colour) {
		if (!(resource instanceof XtextResource text) || text.getParseResult() == null) {
			return;
		}
		for (ILeafNode leaf : text.getParseResult().getRootNode().getLeafNodes()) {
			Kind kind = kind(leaf.getGrammarElement());
			if (kind != null && leaf.getLength() > 0) {
				colour.accept(new int[] { leaf.getOffset(), leaf.getLength() }, kind);
			}
		}
		Injector services = injector;
		if (services == null) {
			// until the services are made (see warmUp), the grammar's colours only
			return;
		}
		services.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(text, (offset, length, ids) -> {
			for (String id : ids) {
				Kind kind = VerkstadHighlighting.DECLARATION.equals(id) ? Kind.DECLARATION
						: VerkstadHighlighting.REFERENCE.equals(id) ? Kind.REFERENCE : null;
				if (kind != null) {
					colour.accept(new int[] { offset, length }, kind);
				}
			}
		}, CancelIndicator.NullImpl);
	}

	private static Kind kind(EObject grammarElement) {
		if (grammarElement instanceof Keyword keyword) {
			return Character.isLetter(keyword.getValue().charAt(0)) ? Kind.KEYWORD : null;
		}
		if (grammarElement instanceof org.eclipse.xtext.EnumLiteralDeclaration) {
			// value-adding, waste, high, e-service…
			return Kind.KEYWORD;
		}
		TerminalRule terminal = grammarElement instanceof TerminalRule rule ? rule
				: grammarElement instanceof RuleCall call && call.getRule() instanceof TerminalRule rule ? rule : null;
		if (terminal == null) {
			return null;
		}
		return switch (terminal.getName()) {
		case "STRING" -> Kind.STRING;
		case "INT", "DATE" -> Kind.NUMBER;
		case "SL_COMMENT", "ML_COMMENT" -> Kind.COMMENT;
		default -> null;
		};
	}

	/** What a hover over an offset of a model's text shows: the element there, its kind, name and description. */
	static String hover(Resource resource, int offset) {
		if (!(resource instanceof XtextResource text)) {
			return null;
		}
		Injector services = injector();
		EObject element = services.getInstance(EObjectAtOffsetHelper.class).resolveElementAt(text, offset);
		if (element == null) {
			return null;
		}
		String documentation = services.getInstance(IEObjectDocumentationProvider.class).getDocumentation(element);
		// the language server's hover is Markdown; the text page shows plain text
		return documentation == null ? null : documentation.replace("**", "");
	}
}
