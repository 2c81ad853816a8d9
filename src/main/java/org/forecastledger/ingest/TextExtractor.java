package org.forecastledger.ingest;

import org.forecastledger.web.InvalidInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an uploaded file into the text the ledger stores: strict UTF-8 (a byte that is not UTF-8 refuses the file),
 * no binary content, line ends as "\n"; HTML is reduced to its text by jsoup with one line per paragraph, list item
 * or heading (headings marked "## " as in the seed texts); plain text and Markdown are kept as they are.
 */
public final class TextExtractor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "tr", "br", "section", "article", "header", "footer", "dd", "dt", "figcaption",
            "table", "ul", "ol", "hr");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private TextExtractor() {
    }

    /** The stored text of an upload; {@code fileName} and {@code contentType} tell HTML from text. */
    public static String extract(byte[] bytes, String fileName, String contentType) {
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "the file is empty");
        }
        String decoded = decode(bytes);
        int start = decoded.startsWith("\uFEFF") ? 1 : 0;
        String text = decoded.substring(start).replace("\r\n", "\n").replace('\r', '\n');
        if (isBinary(text)) {
            throw new InvalidInputException("file", "the file holds binary data, not text: upload plain text, "
                    + "Markdown or HTML");
        }
        if (isHtml(text, fileName, contentType)) {
            text = htmlToText(text);
        }
        text = text.strip();
        if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetter)) {
            throw new InvalidInputException("file", "the file holds no text");
        }
        return text + "\n";
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "the file is not valid UTF-8 text (save it as UTF-8 and upload "
                    + "it again)");
        }
    }

    /** NUL bytes, or more than one control character in a hundred (other than tab and line ends), mean binary. */
    private static boolean isBinary(String text) {
        long controls = text.chars().filter(c -> c == 0 || Character.isISOControl(c) && c != '\n' && c != '\t'
                && c != '\f').count();
        return text.indexOf('\0') >= 0 || controls * 100 > text.length();
    }

    static boolean isHtml(String text, String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || type.startsWith("text/html")
                || type.startsWith("application/xhtml") || head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** The visible text of an HTML page, one line per block, scripts and styles left out. */
    static String htmlToText(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template, nav, iframe, svg, head").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String words = text.text().replaceAll("\\s+", " ");
                    if (!words.isBlank()) {
                        if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                            words = words.stripLeading();
                        }
                        out.append(words);
                    }
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    newLine(out);
                    if (HEADINGS.contains(element.normalName())) {
                        out.append("## ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    newLine(out);
                }
            }
        }, page.body());
        return out.toString().lines().map(String::strip).filter(line -> !line.isEmpty() && !line.equals("##"))
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static void newLine(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
