package org.verkstad.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EnumLiteralDeclaration;
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
import org.verkstad.dsl.ide.IdeServices;
import org.verkstad.dsl.ide.highlighting.VerkstadHighlighting;

import com.google.inject.Injector;

/**
 * The text formats' editor services for the text page, from each notation's language's IDE layer
 * ({@link IdeServices}: Xtext's services without its Eclipse UI, the same the language server offers):
 * content assist, colouring by kind of word, hover. A notation's injector is made once, in the
 * background when the first model editor of its files opens.
 */
final class TextServices {

	/** A kind of word in the text, coloured alike. */
	enum Kind {
		KEYWORD, STRING, NUMBER, COMMENT, DECLARATION, REFERENCE
	}

	/** A proposal of content assist: what replaces the typed prefix, how it is listed, and what it is. */
	record Proposal(String text, String prefix, String label, String description) {
	}

	private static final ExecutorService POOL = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Verkstad content assist");
		thread.setDaemon(true);
		return thread;
	});

	private TextServices() {
	}

	/** The editor services of a file's notation (its extension), or null when none is installed. */
	private static Injector injector(Path file) {
		String name = file.getFileName().toString();
		return IdeServices.injector(name.substring(name.lastIndexOf('.') + 1)).orElse(null);
	}

	/** The services of a resource's notation if they are made already, else null. */
	private static Injector madeFor(Resource resource) {
		return resource.getURI() == null ? null : IdeServices.made(resource.getURI().fileExtension()).orElse(null);
	}

	/** Makes the services of a file's notation in the background, so the first use is quick; then runs {@code ready}. */
	static void warmUp(Path file, Runnable ready) {
		Thread thread = new Thread(() -> {
			try {
				if (injector(file) != null) {
					ready.run();
				}
			} catch (RuntimeException | LinkageError e) {
				// the text page keeps the grammar's colours and has no assist: the log says why
				Platform.getLog(TextServices.class).log(Status.error(e.toString(), e));
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
		Injector services = injector(file);
		if (services == null) {
			return List.of();
		}
		XtextResourceSet resourceSet = services.getInstance(XtextResourceSet.class);
		XtextResource resource = load(services, resourceSet, file, text.getBytes(StandardCharsets.UTF_8));
		ModelIO.siblings(ModelIO.newResourceSet(), file).forEach(sibling -> {
			try {
				// each in its own notation's language, so that names in it are found
				Injector language = injector(sibling);
				if (language != null) {
					load(language, resourceSet, sibling, Files.readAllBytes(sibling));
				}
			} catch (IOException | RuntimeException unreadable) {
				// its names are not proposed; the file's own checks say why
			}
		});
		ContentAssistContextFactory factory = services.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		Map<String, Proposal> found = new LinkedHashMap<>();
		Map<String, Integer> priorities = new HashMap<>();
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
		Injector services = madeFor(resource);
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
		if (grammarElement instanceof EnumLiteralDeclaration) {
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
		Injector services = madeFor(resource);
		if (services == null) {
			return null;
		}
		EObject element = services.getInstance(EObjectAtOffsetHelper.class).resolveElementAt(text, offset);
		if (element == null) {
			return null;
		}
		String documentation = services.getInstance(IEObjectDocumentationProvider.class).getDocumentation(element);
		// the language server's hover is Markdown; the text page shows plain text
		return documentation == null ? null : documentation.replace("**", "");
	}
}
