package tr.destek.kosgeb;

/** A bank KOSGEB signed a protocol with (MADDE 14), which the applicant may prefer. */
public record ProtocolBank(String code, String name) {
}
