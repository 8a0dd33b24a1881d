package org.verkstad.export.report;

import java.math.BigInteger;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The paper of a Word report's section: A4 upright, A4 on its side, A3 on its side (twips, 2 cm margins). */
enum DocxPaper {
	A4(11906, 16838), A4_LANDSCAPE(16838, 11906), A3_LANDSCAPE(23811, 16838);

	/** 2 cm in twentieths of a point. */
	private static final int MARGIN = 1134;

	final int width;
	final int height;

	DocxPaper(int width, int height) {
		this.width = width;
		this.height = height;
	}

	/** What a page holds inside its margins, in points. */
	double contentWidth() {
		return (width - 2 * MARGIN) / 20.0;
	}

	/** The height a picture may take, in points: inside the margins, less room for its caption. */
	double contentHeight() {
		return (height - 2 * MARGIN) / 20.0 - 60;
	}

	/** Sets a section's paper and its 2 cm margins. */
	void applyTo(CTSectPr section) {
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(width));
		size.setH(BigInteger.valueOf(height));
		if (this != A4) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		CTPageMar margins = section.addNewPgMar();
		BigInteger twoCm = BigInteger.valueOf(MARGIN);
		margins.setTop(twoCm);
		margins.setBottom(twoCm);
		margins.setLeft(twoCm);
		margins.setRight(twoCm);
	}
}
