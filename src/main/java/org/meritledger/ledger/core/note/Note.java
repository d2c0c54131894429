package org.meritledger.ledger.core.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.meritledger.ledger.core.Bytes;

/**
 * An unverified signed note: its text and signature lines, parsed strictly per c2sp.org/signed-note.
 * Parsing says nothing about trust; use {@link NoteVerifiers#open} for that.
 */
public record Note(String text, List<NoteSignature> signatures) {

    /** Verifiers must accept at least 16 signatures; more than this is treated as abuse. */
    public static final int MAX_SIGNATURES = 100;

    private static final String DASH = "\u2014 ";

    public Note {
        signatures = List.copyOf(signatures);
    }

    /** Signs {@code text} (non-empty, ending in a newline) with every signer, in order. */
    public static Note sign(String text, NoteSigner... signers) throws MalformedNoteException {
        checkText(text);
        if (signers.length == 0) {
            throw new IllegalArgumentException("a note needs at least one signature");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> sigs = new ArrayList<>();
        for (NoteSigner s : signers) {
            sigs.add(s.sign(bytes));
        }
        return new Note(text, sigs);
    }

    /** The full signed note: text, blank line, signature lines. */
    public String format() {
        StringBuilder sb = new StringBuilder(text).append('\n');
        for (NoteSignature s : signatures) {
            sb.append(s.line());
        }
        return sb.toString();
    }

    /** Parses a signed note without checking any signature. */
    public static Note parse(String message) throws MalformedNoteException {
        checkCharacters(message);
        int split = message.lastIndexOf("\n\n");
        if (split < 0) {
            throw new MalformedNoteException("no blank line between text and signatures");
        }
        String text = message.substring(0, split + 1);
        String sigs = message.substring(split + 2);
        if (sigs.isEmpty() || sigs.charAt(sigs.length() - 1) != '\n') {
            throw new MalformedNoteException("signature block is empty or does not end in a newline");
        }
        List<NoteSignature> out = new ArrayList<>();
        for (String line : sigs.substring(0, sigs.length() - 1).split("\n", -1)) {
            if (out.size() >= MAX_SIGNATURES) {
                throw new MalformedNoteException("more than " + MAX_SIGNATURES + " signatures");
            }
            out.add(parseLine(line));
        }
        return new Note(text, out);
    }

    private static NoteSignature parseLine(String line) throws MalformedNoteException {
        if (!line.startsWith(DASH)) {
            throw new MalformedNoteException("signature line does not start with an em dash and a space");
        }
        String rest = line.substring(DASH.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new MalformedNoteException("signature line has no space between name and signature");
        }
        String name = rest.substring(0, space);
        if (!KeyIds.isValidName(name)) {
            throw new MalformedNoteException("invalid key name: " + name);
        }
        byte[] blob;
        try {
            // Strict: padded standard base64 only, as Go's base64.StdEncoding (used by the
            // reference tooling) demands; Java's decoder alone would accept missing padding.
            blob = Bytes.fromBase64(rest.substring(space + 1));
        } catch (IllegalArgumentException e) {
            throw new MalformedNoteException("signature is not canonical base64");
        }
        if (blob.length < 5) {
            throw new MalformedNoteException("signature shorter than key id plus one byte");
        }
        int keyId = ((blob[0] & 0xff) << 24) | ((blob[1] & 0xff) << 16) | ((blob[2] & 0xff) << 8) | (blob[3] & 0xff);
        return new NoteSignature(name, keyId, java.util.Arrays.copyOfRange(blob, 4, blob.length));
    }

    static void checkText(String text) throws MalformedNoteException {
        if (text.isEmpty() || text.charAt(text.length() - 1) != '\n') {
            throw new MalformedNoteException("note text must be non-empty and end in a newline");
        }
        checkCharacters(text);
    }

    /** Valid UTF-8 (no lone surrogates in the Java string) and no control characters but newline. */
    private static void checkCharacters(String s) throws MalformedNoteException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new MalformedNoteException("control character U+" + String.format("%04X", (int) c) + " at " + i);
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    throw new MalformedNoteException("invalid UTF-16 (lone surrogate) at " + i);
                }
            }
        }
    }
}
