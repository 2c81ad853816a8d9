package org.forecastledger.ingest;

import org.forecastledger.claim.HedgeBand;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The language of forecasting as patterns: Kent's and ICD 203's estimative words with the band each implies (as
 * the methodology maps them), future and modal forms, expectation verbs, stated intentions, time ahead,
 * conditionals and attribution cues; and the forms that look forward without forecasting (advice, questions).
 */
final class EstimativeLanguage {

    /** A cue in a sentence: its pattern, the band it implies (null: none of its own), its weight and kind. */
    record Cue(Kind kind, Pattern pattern, HedgeBand band, double weight) {
    }

    enum Kind { ESTIMATE, MODAL, FUTURE, EXPECTATION, INTENTION, TREND, TIME_AHEAD, CONDITION, ATTRIBUTION }

    private static Cue cue(Kind kind, String regex, HedgeBand band, double weight) {
        return new Cue(kind, Pattern.compile("(?i)(?<![\\w-])(?:" + regex + ")(?![\\w-])"), band, weight);
    }

    /** Ordered from the most specific: the first estimative cue found names the band. */
    static final List<Cue> CUES = List.of(
            cue(Kind.ESTIMATE, "almost no chance|no chance|virtually impossible|will never|highly unlikely|"
                    + "very unlikely|extremely unlikely|remote(?: chance| possibility)", HedgeBand.VERY_LIKELY, 3),
            cue(Kind.ESTIMATE, "almost certain(?:ly)?|virtually certain|(?:is|are|seems?) certain (?:to|that)|certainly|definitely|undoubtedly|"
                    + "without (?:a )?doubt|no doubt|inevitabl[ey]|(?:is|are) bound to|no indication that", HedgeBand.ALMOST_CERTAIN, 3),
            cue(Kind.ESTIMATE, "very likely|highly likely|highly probable|most probably|all but certain", HedgeBand.VERY_LIKELY, 3),
            cue(Kind.ESTIMATE, "unlikely|improbable|doubtful|little chance|slim chance|not expected to", HedgeBand.LIKELY, 3),
            cue(Kind.ESTIMATE, "most likely|likely|probably|probable|in all likelihood|chances are|high chance|"
                    + "good chance|odds are|on track to|(?:is|are) set to|(?:is|are) poised to", HedgeBand.LIKELY, 3),
            cue(Kind.ESTIMATE, "roughly even|even chance|fifty-fifty|toss-up|50/50", HedgeBand.ROUGHLY_EVEN, 3),
            cue(Kind.ESTIMATE, "possib(?:le|ly|ility|ilities)|potential(?:ly)?|perhaps|maybe|conceivabl[ey]|"
                    + "(?:a|the|some) chance|prospects? (?:of|for)|risks? (?:of|that|being)|scenario|uncertain",
                    HedgeBand.ROUGHLY_EVEN, 2),
            cue(Kind.MODAL, "may|might|could|may not|might not|could not|couldn't", HedgeBand.ROUGHLY_EVEN, 2),
            cue(Kind.EXPECTATION, "expect(?:s|ed|ing|ation|ations)?|anticipat(?:e|es|ed|ing|ion)|predict(?:s|ed|ion|ions)?|"
                    + "forecasts?|foresee(?:s|n)?|believ(?:e|es|ed)|belief|(?:is|are) convinced|assum(?:e|es|ption)|"
                    + "estimat(?:e|es)|fear(?:s|ed)?|hope(?:s|d)?|projected|envisage(?:s|d)?|warn(?:s|ed)? that",
                    HedgeBand.LIKELY, 2),
            cue(Kind.FUTURE, "will|won't|shall|(?:is|are|am) going to|(?:is|are) about to|(?:is|are) to be|"
                    + "will have to|will be able|'ll", HedgeBand.VERY_LIKELY, 2.5),
            cue(Kind.INTENTION, "plans? (?:to|for)|planning to|(?:there are|has|have) plans|intends? to|intention|"
                    + "aims? to|aimed to|seeks? to|(?:is|are) seeking|readiness to|(?:ready|prepared|"
                    + "determined|willing|keen|due|eager) to|objective|goal is|ready for|wants? to|wish(?:es)? to|"
                    + "(?:is|are) trying to|(?:is|are) attempting to|strategy|in (?:the )?hope|proposes? to", HedgeBand.LIKELY, 2),
            cue(Kind.TREND, "(?:is|are) (?:increasingly |gradually |steadily |slowly |rapidly |still )?(?:growing|rising|"
                    + "increasing|decreasing|declining|falling|diminishing|weakening|strengthening|deepening|worsening|"
                    + "improving|returning|opening up|stepping up|shifting|heading|becoming|emerging|intensifying|"
                    + "escalating|expanding|shrinking|eroding|limiting)|continues|keeps? (?:on )?\\w+ing", HedgeBand.LIKELY, 2),
            cue(Kind.MODAL, "would|wouldn't", HedgeBand.ROUGHLY_EVEN, 2),
            cue(Kind.MODAL, "can|cannot|can't|should", null, 0.75),
            cue(Kind.TIME_AHEAD, "soon|shortly|eventually|in the (?:near |foreseeable |coming |long |medium |short )?(?:future|term|run|"
                    + "years?|months?|weeks?|decades?)|(?:next|coming) (?:year|month|decade|years|months|weeks)|"
                    + "over the (?:next|coming)|by (?:the end of )?(?:19|20)\\d\\d|after (?:the )?(?:19|20)\\d\\d|"
                    + "until (?:19|20)\\d\\d|from now on|going forward|for years to come|sooner or later|"
                    + "remains? to be seen|(?:is|are) likely to remain|continue to|will continue|remain(?:s)?|"
                    + "gradually|increasingly|upcoming|forthcoming|ahead|post-\\w+", null, 1),
            cue(Kind.CONDITION, "if|unless|provided that|as long as|in case|otherwise|in (?:the|that|this) (?:event|case)|"
                    + "in such a case|then", null, 0.75),
            cue(Kind.ATTRIBUTION, "according to|in the (?:view|opinion|assessment) of|(?:experts?|analysts?|officials?|"
                    + "observers?|diplomats?|insiders?|sources?|economists?|commentators?|the kremlin|moscow|washington|"
                    + "kyiv|beijing|brussels|the speaker|the author|they|he|she|we|many|some) (?:expect|believe|predict|"
                    + "forecast|anticipate|assume|fear|warn|hope|think|suggest|estimate|say|said|argue)s?|"
                    + "(?:it is|is|are|was) (?:widely )?(?:expected|believed|anticipated|predicted|assumed)|"
                    + "there is (?:an|a widespread|the) (?:expectation|belief|hope|fear)", null, 1));

    /** A line that is a list: items separated by semicolons, table bars or arrows, or a bulleted item. */
    static final Pattern LIST_LINE = Pattern.compile(";\\s|\\s\\|\\s|→|^\\s*[-•*]\\s");

    /** Words that look like "will", "may" or "can" but are nouns or months ("political will", "in May"). */
    static final Pattern FALSE_MODALS = Pattern.compile("(?i)(?:political|good|free|popular|people's|public|own|"
            + "the|strong|sufficient|lack of|no) will(?![\\w-])|(?<![\\w-])(?:in|of|since|until|by|on|early|late|"
            + "mid-?|from) may(?![\\w-])|(?<![\\w-])may \\d|(?<![\\w-])(?:a|the|tin) can(?![\\w-])|"
            + "(?<![\\w-])(?:will|'ll)(?=\\s+(?:of|and)\\b)|(?<![\\w-])(?:could|would|might|may|should|must)(?: not|n't)? "
            + "have (?:been|\\w+ed|\\w+en)(?![\\w-])");

    /** Advice: an obligation laid on somebody ("the West must", "Kyiv should", "it is necessary to"). */
    static final Pattern ADVICE = Pattern.compile("(?i)(?<![\\w-])(?:must|should|ought to|needs? to|has to|have to|"
            + "it is (?:necessary|essential|important|vital|imperative|crucial|advisable) (?:to|that)|"
            + "we recommend|recommend(?:s|ed)? that)(?![\\w-])");

    /** An imperative opening ("Let us", "Do not", "Consider"). */
    static final Pattern IMPERATIVE = Pattern.compile("^(?:Let us|Let's|Do not|Don't|Never|Consider|Remember|"
            + "Make sure|Ensure|Stop|Avoid|Imagine)\\b");

    /** Grammar of the past: auxiliaries and common past-time phrases. */
    static final Pattern PAST = Pattern.compile("(?i)(?<![\\w-])(?:(?:was|were)(?! (?:quoted|reported|cited|said|told))|had|did|wasn't|weren't|hadn't|didn't|"
            + "ago|last (?:year|month|week)|yesterday|previously|at the time|back then|"
            + "has been|have been|used to)(?![\\w-])");

    /** Present or future anchors that keep a sentence with past grammar forward-looking. */
    static final Pattern NOT_PAST = Pattern.compile("(?i)(?<![\\w-])(?:will|won't|shall|is|are|am|going to|"
            + "remains?|continues?|now|today|currently)(?![\\w-])");

    private EstimativeLanguage() {
    }
}
