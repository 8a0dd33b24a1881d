package org.verkstad.swot.analysis;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.verkstad.swot.SwotItem;
import org.verkstad.swot.SwotModel;
import org.verkstad.swot.SwotPackage;
import org.verkstad.swot.TowsKind;

/** The four quadrants of a SWOT: internal strengths and weaknesses, external opportunities and threats. */
public enum Quadrant {

	STRENGTHS(SwotPackage.Literals.SWOT_MODEL__STRENGTHS, true),
	WEAKNESSES(SwotPackage.Literals.SWOT_MODEL__WEAKNESSES, true),
	OPPORTUNITIES(SwotPackage.Literals.SWOT_MODEL__OPPORTUNITIES, false),
	THREATS(SwotPackage.Literals.SWOT_MODEL__THREATS, false);

	private final EReference feature;
	private final boolean internal;

	Quadrant(EReference feature, boolean internal) {
		this.feature = feature;
		this.internal = internal;
	}

	/** The quadrant an item is placed in, or null when it is not in a SWOT (or cannot be found). */
	public static Quadrant of(SwotItem item) {
		if (item == null || item.eIsProxy()) {
			return null;
		}
		EStructuralFeature containing = item.eContainingFeature();
		for (Quadrant quadrant : values()) {
			if (quadrant.feature == containing) {
				return quadrant;
			}
		}
		return null;
	}

	/** The quadrant the internal items of a TOWS strategy come from: strengths for SO/ST, weaknesses for WO/WT. */
	public static Quadrant internalOf(TowsKind kind) {
		return kind == TowsKind.SO || kind == TowsKind.ST ? STRENGTHS : WEAKNESSES;
	}

	/** The quadrant the external items of a TOWS strategy come from: opportunities for SO/WO, threats for ST/WT. */
	public static Quadrant externalOf(TowsKind kind) {
		return kind == TowsKind.SO || kind == TowsKind.WO ? OPPORTUNITIES : THREATS;
	}

	/** The containment reference of {@link SwotModel} that holds this quadrant's items. */
	public EReference feature() {
		return feature;
	}

	/** Strengths and weaknesses are internal (the organisation), opportunities and threats external. */
	public boolean isInternal() {
		return internal;
	}

	/** The items of this quadrant in a SWOT. */
	@SuppressWarnings("unchecked")
	public List<SwotItem> items(SwotModel swot) {
		return (List<SwotItem>) swot.eGet(feature);
	}

	/** Lower-case name used in message keys: {@code strengths}, {@code weaknesses}, ... */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
