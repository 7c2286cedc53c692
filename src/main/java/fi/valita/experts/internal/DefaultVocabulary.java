package fi.valita.experts.internal;

import java.util.List;

/** The lived-experience areas a new pool starts with; each pool edits its own copy. */
final class DefaultVocabulary {

    record Entry(String code, String fi, String sv, String en) {}

    static final List<Entry> AREAS = List.of(
            new Entry("mental-health", "Mielenterveys", "Psykisk hälsa", "Mental health"),
            new Entry("substance-use", "Päihteet", "Missbruk", "Substance use"),
            new Entry("gambling", "Rahapelaaminen", "Penningspel", "Gambling"),
            new Entry("homelessness", "Asunnottomuus", "Bostadslöshet", "Homelessness"),
            new Entry("criminal-sanctions", "Rikosseuraamukset", "Brottspåföljder", "Criminal sanctions"),
            new Entry("child-protection", "Lastensuojelu", "Barnskydd", "Child protection"),
            new Entry("eating-disorders", "Syömishäiriöt", "Ätstörningar", "Eating disorders"),
            new Entry("suicide-bereavement", "Itsemurhan kautta läheisen menettäminen", "Att mista en närstående genom självmord",
                    "Losing someone close to suicide"),
            new Entry("neurodiversity", "Neuropsykiatriset erityispiirteet", "Neuropsykiatriska särdrag", "Neurodivergence"),
            new Entry("domestic-violence", "Lähisuhdeväkivalta", "Våld i nära relationer", "Domestic violence"));

    private DefaultVocabulary() {}
}
