package vn.nguon.reports.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks a PDF's signatures cryptographically: each signature's CMS must verify over its byte
 * ranges, and the last one must cover the whole file (nothing appended after signing). Says
 * nothing about trust in the certificate; the caller decides whose certificates it knows.
 */
public final class SignatureVerifier {

    /** One signature: who (certificate subject), whether it verifies, whether it covers the whole file. */
    public record Signature(String subject, String name, boolean intact, boolean coversWholeFile) {
    }

    /** The verdict: {@code readable} false when the bytes are not a PDF at all. */
    public record Result(boolean readable, List<Signature> signatures) {
        public boolean signedAndUnaltered() {
            return readable && !signatures.isEmpty() && signatures.stream().allMatch(Signature::intact)
                    && signatures.get(signatures.size() - 1).coversWholeFile();
        }
    }

    public Result verify(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Signature> found = new ArrayList<>();
            for (PDSignature sig : doc.getSignatureDictionaries()) {
                found.add(check(sig, pdf));
            }
            return new Result(true, found);
        } catch (Exception e) {
            return new Result(false, List.of());
        }
    }

    private static Signature check(PDSignature sig, byte[] pdf) {
        int[] range = sig.getByteRange();
        boolean whole = range != null && range.length == 4 && range[2] + range[3] == pdf.length;
        try {
            byte[] signed = sig.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), sig.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
            X509CertificateHolder cert = certs.iterator().next();
            boolean ok = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            return new Signature(cert.getSubject().toString(), sig.getName(), ok, whole);
        } catch (Exception e) {
            return new Signature(null, sig.getName(), false, whole);
        }
    }
}
