package org.meritledger.ledger.core.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;

class NoteTest {

    // c2sp.org/signed-note, section "Verifier keys", "Example": this vkey verifies this note.
    static final String SPEC_VKEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    static final String SPEC_NOTE = "This is an example message.\n\n"
            + "\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    static Iterable<Suite> suites() {
        return Suites.all();
    }

    @Test
    void c2spSpecExampleVerifies() throws Exception {
        NoteVerifier v = NoteVerifier.parse(SPEC_VKEY);
        assertEquals(Suites.ED25519_SHA256, v.suite());
        assertEquals(SPEC_VKEY, v.vkey());
        VerifiedNote n = NoteVerifiers.of(v).open(SPEC_NOTE);
        assertEquals("This is an example message.\n", n.text());
        assertEquals(List.of(v), n.verifiedBy());
    }

    @Test
    void c2spSpecExampleRejectsAlteredText() {
        NoteVerifier v = NoteVerifier.parse(SPEC_VKEY);
        assertThrows(
                BadSignatureException.class,
                () -> NoteVerifiers.of(v).open(SPEC_NOTE.replace("an example", "a sample")));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signOpenRoundTrip(Suite suite) throws Exception {
        NoteSigner signer = new NoteSigner("example.org/ledger", suite, suite.generateKeyPair());
        NoteVerifier parsed = NoteVerifier.parse(signer.verifier().vkey());
        assertEquals(signer.verifier(), parsed);
        String note = Note.sign("hello\n\nworld\n", signer).format();
        VerifiedNote v = NoteVerifiers.of(parsed).open(note);
        assertEquals("hello\n\nworld\n", v.text());
    }

    @Test
    void knownAndUnknownSignaturesTogether() throws Exception {
        Suite s = Suites.ED25519_SHA256;
        NoteSigner a = new NoteSigner("a.example", s, s.generateKeyPair());
        NoteSigner b = new NoteSigner("b.example", s, s.generateKeyPair());
        String note = Note.sign("text\n", a, b).format();
        VerifiedNote v = NoteVerifiers.of(a.verifier()).open(note);
        assertEquals(1, v.unknown().size());
        assertEquals("b.example", v.unknown().get(0).name());

        UnknownKeyException e = assertThrows(
                UnknownKeyException.class,
                () -> NoteVerifiers.of(new NoteSigner("c.example", s, s.generateKeyPair()).verifier())
                        .open(note));
        assertEquals(2, e.signatures().size());
    }

    @Test
    void sameNameOtherKeyIsUnknownNotBad() throws Exception {
        Suite s = Suites.ED25519_SHA256;
        NoteSigner real = new NoteSigner("log.example", s, s.generateKeyPair());
        NoteSigner other = new NoteSigner("log.example", s, s.generateKeyPair());
        String note = Note.sign("text\n", real).format();
        assertThrows(
                UnknownKeyException.class,
                () -> NoteVerifiers.of(other.verifier()).open(note));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "no blank line\n\u2014 k AAAAAAE=\n",
                "text\n\n",
                "text\n\n\u2014 k AAAAAAE=",
                "text\n\n- k AAAAAAE=\n",
                "text\n\n\u2014 kAAAAAAE=\n",
                "text\n\n\u2014 k AAAA\n",
                "text\n\n\u2014 k !!!!\n",
                "text\n\n\u2014 k+x AAAAAAE=\n",
                "te\u0001xt\n\n\u2014 k AAAAAAE=\n",
                "text\r\n\n\u2014 k AAAAAAE=\n",
            })
    void malformedNotes(String bad) {
        NoteVerifier v = NoteVerifier.parse(SPEC_VKEY);
        assertThrows(MalformedNoteException.class, () -> NoteVerifiers.of(v).open(bad));
    }

    @Test
    void badVerifierKeys() {
        assertThrows(
                InvalidVerifierKeyException.class, () -> NoteVerifier.parse(SPEC_VKEY.replace("530d903a", "530d903b")));
        assertThrows(InvalidVerifierKeyException.class, () -> NoteVerifier.parse("example.com/foo+530d903a"));
        assertThrows(InvalidVerifierKeyException.class, () -> NoteVerifier.parse("example.com/foo+530d903a+Ag=="));
        assertThrows(
                InvalidVerifierKeyException.class,
                () -> NoteVerifier.parse("example.com/foo+530D903A+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"));
    }

    @Test
    void privateTypeBytesForSm2AndGost() {
        byte[] sm2 = Suites.SM2_SM3.noteSignatureType();
        assertEquals((byte) 0xff, sm2[0]);
        assertEquals("org.meritledger.sm2-sm3", new String(sm2, 2, sm2[1], java.nio.charset.StandardCharsets.US_ASCII));
        byte[] gost = Suites.GOST2012_STREEBOG.noteSignatureType();
        assertEquals(
                "org.meritledger.gost2012-streebog",
                new String(gost, 2, gost[1], java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, Suites.ED25519_SHA256.noteSignatureType().length);
    }
}
