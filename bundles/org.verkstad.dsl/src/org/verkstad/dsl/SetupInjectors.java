package org.verkstad.dsl;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.xtext.ISetup;
import org.verkstad.core.notation.Contributions;

import com.google.inject.Injector;

/**
 * The injectors of the notations' languages made from one of the setups each contributes at
 * {@value TextFormats#EXTENSION_POINT} ({@code runtime} or {@code ide}): one per notation, made once,
 * when first asked for.
 */
public final class SetupInjectors {

	private final String attribute;
	private volatile Map<String, Supplier<ISetup>> setups;
	private final Map<String, Injector> made = new ConcurrentHashMap<>();

	/** @param attribute the setup's attribute in the contribution */
	public SetupInjectors(String attribute) {
		this.attribute = attribute;
	}

	/** The notation's injector, made now if it is not yet; empty when no bundle contributes the setup. */
	public Optional<Injector> get(String notation) {
		Injector injector = made.get(notation);
		if (injector != null) {
			return Optional.of(injector);
		}
		Supplier<ISetup> setup = setups().get(notation);
		if (setup == null) {
			return Optional.empty();
		}
		synchronized (this) {
			injector = made.get(notation);
			if (injector == null) {
				injector = setup.get().createInjectorAndDoEMFRegistration();
				made.put(notation, injector);
			}
			return Optional.of(injector);
		}
	}

	/** The notation's injector if it is made already. */
	public Optional<Injector> made(String notation) {
		return Optional.ofNullable(notation == null ? null : made.get(notation));
	}

	/** Whether a bundle contributes the notation's setup. */
	public boolean has(String notation) {
		return setups().containsKey(notation);
	}

	private Map<String, Supplier<ISetup>> setups() {
		Map<String, Supplier<ISetup>> result = setups;
		if (result == null) {
			result = Map.copyOf(Contributions.byKey(TextFormats.EXTENSION_POINT, "notation", attribute, ISetup.class));
			setups = result;
		}
		return result;
	}
}
