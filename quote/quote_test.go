package quote_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/quote"
	"github.com/axis-news/axis/reader"
)

// process runs the real pipeline (without events) over blocks; a block
// starting with "# " is a headline.
func process(tb testing.TB, blocks ...string) *axis.Document {
	tb.Helper()
	p, err := pipeline.New(pipeline.Options{NoEvents: true})
	if err != nil {
		tb.Fatal(err)
	}
	d := axis.NewDocument()
	d.Meta.ID, d.Meta.Date = "t", "2024-06-20"
	for _, b := range blocks {
		kind := axis.KindBody
		if rest, ok := strings.CutPrefix(b, "# "); ok {
			kind, b = axis.KindHeadline, rest
		}
		d.Blocks = append(d.Blocks, axis.Block{Kind: kind, Text: b})
	}
	if err := p.Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	checkOffsets(tb, d)
	return d
}

// checkOffsets asserts the invariants of every quotation.
func checkOffsets(tb testing.TB, d *axis.Document) {
	tb.Helper()
	for _, q := range d.Quotes {
		if q.Start < 0 || q.End > len(d.Text) || q.Start >= q.End {
			tb.Fatalf("quote %q: offsets %d:%d out of range (len %d)", q.Text, q.Start, q.End, len(d.Text))
		}
		if got := d.Text[q.Start:q.End]; got != q.Text {
			tb.Fatalf("Text[%d:%d]=%q, want %q", q.Start, q.End, got, q.Text)
		}
		if strings.Contains(q.Text, "\n\n") {
			tb.Fatalf("quote %q spans paragraphs", q.Text)
		}
	}
}

type want struct{ text, speaker string }

func TestStage_Process(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
		want   []want
	}{
		{"InvertedNamed", []string{`“We will not back down,” said Maria Lopez, the country's foreign minister.`},
			[]want{{"We will not back down", "Maria Lopez"}}},
		{"Pronoun", []string{`Foreign Minister Maria Lopez met her counterpart on Monday. "The talks were useful," she said.`},
			[]want{{"The talks were useful", "Maria Lopez"}}},
		{"AttributionInTheMiddle", []string{`Defence Minister Tomas Berg arrived in Oslo on Friday.`,
			`"We are ready," he said, "but we will not wait forever."`},
			[]want{{"We are ready", "Tomas Berg"}, {"but we will not wait forever.", "Tomas Berg"}}},
		{"PartialDescribedAs", []string{`Tomas Berg described the agreement as a “turning point” for the region.`},
			[]want{{"turning point", "Tomas Berg"}}},
		{"PartialBeforeAttribution", []string{`The accord was a “historic step”, Tomas Berg said, and would “open a new chapter”.`},
			[]want{{"historic step", "Tomas Berg"}, {"open a new chapter", "Tomas Berg"}}},
		{"OneWordPartialNoted", []string{`Ministry spokesman Chen Wei noted the "bilateral" nature of the pact.`},
			[]want{{"bilateral", "Chen Wei"}}},
		{"ScareQuoteSoCalled", []string{`The so-called “peace plan” has been criticised by many governments.`}, nil},
		{"ScareQuoteNoCue", []string{`Both countries oppose the “rules-based order” that emerged after the war.`}, nil},
		{"TitleOfTreaty", []string{`The two leaders signed the “Treaty of Good Neighbourliness” in 2001, officials said.`}, nil},
		{"SurnameToFullName", []string{`Paul Martin, a fellow at the Lowy Institute, spoke at a forum.`,
			`“The war will not end soon,” Martin wrote in a commentary.`},
			[]want{{"The war will not end soon", "Paul Martin"}}},
		{"RoleIntroducedEarlier", []string{`Ministry spokesman Chen Wei told reporters the visit had been planned for weeks.`,
			`The spokesman said the talks were “frank and open”.`},
			[]want{{"frank and open", "Chen Wei"}}},
		{"Organisation", []string{`The US State Department said Pyongyang had “violated its commitments” under the deal.`},
			[]want{{"violated its commitments", "State"}}},
		{"AccordingTo", []string{`According to Anna Schmidt, the proposal is “dead on arrival”.`},
			[]want{{"dead on arrival", "Anna Schmidt"}}},
		{"ToldMediumColon", []string{`Anna Schmidt told Reuters: "We have no plans to leave the talks."`},
			[]want{{"We have no plans to leave the talks.", "Anna Schmidt"}}},
		{"QuoteParagraphContinuesSpeaker", []string{`"We are hopeful," General Ivan Petrov said on Tuesday.`,
			`"But we are also realistic about the risks we face."`},
			[]want{{"We are hopeful", "Ivan Petrov"}, {"But we are also realistic about the risks we face.", "Ivan Petrov"}}},
		{"MultiParagraphUnclosed", []string{`“We have made our position clear. The border must be respected.`,
			`“Nobody should doubt our resolve,” said General Ivan Petrov.`},
			[]want{{"We have made our position clear. The border must be respected.", "Ivan Petrov"},
				{"Nobody should doubt our resolve", "Ivan Petrov"}}},
		{"StraightSingleQuotes", []string{`The minister, Maria Lopez, called the deal 'historic' on Monday.`},
			[]want{{"historic", "Maria Lopez"}}},
		{"Guillemets", []string{`Maria Lopez said the offer was «unacceptable».`},
			[]want{{"unacceptable", "Maria Lopez"}}},
		{"LowNineQuotes", []string{`Chancellor Olaf Scholz said: „We stand together with our partners.“`},
			[]want{{"We stand together with our partners.", "Olaf Scholz"}}},
		{"ApostrophesAreNotMarks", []string{`Russia’s envoy Igor Sokolov said the country’s “patience is running out”.`},
			[]want{{"patience is running out", "Igor Sokolov"}}},
		{"PluralPossessiveInsideSingleQuotes", []string{`Igor Sokolov said the strikes were ‘aimed at the rebels’ bases and nothing else’.`},
			[]want{{"aimed at the rebels’ bases and nothing else", "Igor Sokolov"}}},
		{"ChainedPartials", []string{`Manila condemned the actions as “excessive” and “dangerous”.`},
			[]want{{"excessive", "Philippines"}, {"dangerous", "Philippines"}}},
		{"NestedQuote", []string{`"He told me 'never again', and I believed him," Maria Lopez said.`},
			[]want{{"He told me 'never again', and I believed him", "Maria Lopez"}}},
		{"CoordinatedSpeakers", []string{`Iran and Saudi Arabia said they "welcome the talks held in Baghdad".`},
			[]want{{"welcome the talks held in Baghdad", "Iran and Saudi Arabia"}}},
		{"MismatchedMarks", []string{`"Our countries are stronger together,” Anna Schmidt said.`},
			[]want{{"Our countries are stronger together", "Anna Schmidt"}}},
		{"HeadlineAttributed", []string{`# China says reunification ‘inevitable’`, `Beijing repeated its position on Taiwan.`},
			[]want{{"inevitable", "China"}}},
		{"HeadlineLabel", []string{`# ‘Axis of impunity’: what the new pact means`, `The pact was signed on Wednesday.`}, nil},
		{"UnclosedSplitAtAttribution", []string{`Spokesperson Anna Schmidt spoke after the meeting.`,
			`The minister "made clear that the offer stands, she said, adding that talks would go on.`},
			[]want{{"made clear that the offer stands", "Anna Schmidt"}}},
		{"IndefiniteOfficialNamedLater", []string{`A senior Philippine official said Manila would “never abandon” the shoal.`,
			`“We will never abandon the shoal,” coast guard spokesman Ramon Dizon told reporters.`},
			[]want{{"never abandon", "Ramon Dizon"}, {"We will never abandon the shoal", "Ramon Dizon"}}},
		{"AnonymousSourceStaysUnnamed", []string{`A senior U.S. official, speaking on condition of anonymity, said the decision was "final".`,
			`Foreign Secretary David Cameron said Ukraine had "every right" to respond.`},
			[]want{{"final", "official"}, {"every right", "David Cameron"}}},
		{"QuotedAsSaying", []string{`Defence Minister Tomas Berg visited the troops.`,
			`The newspaper quoted him as saying the decision was "irreversible".`},
			[]want{{"irreversible", "Tomas Berg"}}},
		{"PresentTenseSays", []string{`Anna Schmidt says the plan is "unworkable." "It's over," she says.`},
			[]want{{"unworkable.", "Anna Schmidt"}, {"It's over", "Anna Schmidt"}}},
		{"HeadlineClauseBeforeColon", []string{`# 'I'm not a quitter': Johnson vows to fight on`, `The prime minister spoke on Monday.`},
			[]want{{"I'm not a quitter", "Johnson"}}},
		{"QuotedModifierIsNoQuote", []string{`“Make America Great Again” hats were everywhere in the crowd.`}, nil},
		{"TitledReportIsNoQuote", []string{`The group's report, titled “Democracy at Risk,” was released on Monday.`}, nil},
		{"SpeakerNamedAfterQuoteWithoutCue", []string{`"Enough is enough" – that was the message from protesters in Paris on Sunday.`},
			[]want{{"Enough is enough", "protesters"}}},
		{"TheyTakesTheClauseSubject", []string{`Republicans have criticized what they call “Bidenomics.”`},
			[]want{{"Bidenomics.", "Republicans"}}},
		{"PronounTakesThePreviousSentencesSubject", []string{`Interior Minister Omar Haddad said on Monday that the curfew would stay. On Tuesday, President Nabil Karim addressed the nation. “We will not give in to fear,” he said in a televised speech.`},
			[]want{{"We will not give in to fear", "Nabil Karim"}}},
		{"PronounGenderSkipsAMan", []string{`Maria Lopez met Foreign Minister Tomas Berg in Oslo. Berg praised the talks. “We have agreed on a road map,” she said.`},
			[]want{{"We have agreed on a road map", "Maria Lopez"}}},
		{"PronounGenderFromHonorific", []string{`Ingrid Karlsson, a Swedish diplomat, met Mr. Haddad in Geneva. Mr. Haddad left early. “It was useful,” she said.`},
			[]want{{"It was useful", "Ingrid Karlsson"}}},
		{"PronounWithAddedGoesOnFromTheSpeaker", []string{`“We are ready,” said Ivan Petrov. Tomas Berg was not at the meeting. “Nothing has changed,” he added.`},
			[]want{{"We are ready", "Ivan Petrov"}, {"Nothing has changed", "Ivan Petrov"}}},
		{"PronounAfterAppositiveSubject", []string{`Prime Minister Omar Haddad spoke on Monday.`, `The opposition leader, Ahmed Musa, was blunt. “This government has failed,” he said.`},
			[]want{{"This government has failed", "Ahmed Musa"}}},
		{"WhatItCalledTakesTheSubject", []string{`Ethiopia closed the border with Sudan and on Friday struck what it called “rebel camps” in Eritrea.`},
			[]want{{"rebel camps", "Ethiopia"}}},
		{"PartOfALongerNameIsNoOrganisation", []string{`Thérèse Kayikwamba Wagner signed the accord on Friday.`, `Kayikwamba Wagner said the deal needed “goodwill” from both sides.`},
			[]want{{"goodwill", "Thérèse Kayikwamba Wagner"}}},
		{"WeakCueReachesOverAPlainStretch", []string{`The foreign minister, Anna Schmidt, accused the northern government of falling back on its “worn-out excuses.”`},
			[]want{{"worn-out excuses.", "Anna Schmidt"}}},
		{"WeakCueStopsAtAClause", []string{`Anna Schmidt welcomed the decision, although the rebels in the north still control the “liberated zone” today.`}, nil},
		{"OuterReporterOwnsTheWords", []string{`Kremlin aide Yuri Ushakov said Western governments blamed Moscow “without any proof” for the blast.`},
			[]want{{"without any proof", "Ushakov"}}},
		{"NamedInnerSpeakerKeepsTheWords", []string{`Yuri Ushakov said Anna Schmidt had called the proposal “a dead end”.`},
			[]want{{"a dead end", "Anna Schmidt"}}},
		{"RightCueOfAnotherClause", []string{`Pyongyang said on Monday that the talks in Stockholm with the United States had failed after two days, blaming Washington for arriving at the table “with nothing new,” while U.S. officials said the meeting had been “useful.”`},
			[]want{{"with nothing new", "North Korea"}, {"useful.", "United States"}}},
		{"FormerPresidentIsNotTheVicePresident", []string{`Former President Donald Trump told a rally in Ohio that Vice President Kamala Harris would “wreck” the country.`,
			`The former president said the border was “wide open.”`},
			[]want{{"wreck", "Donald Trump"}, {"wide open.", "Donald Trump"}}},
		{"IndefiniteSpokespersonIsNotSomeoneNamedLater", []string{`A spokesperson for the European Commission said the bloc was “ready to respond.”`,
			`Chinese foreign ministry spokesperson Lin Jian said Beijing would “take all necessary measures.”`},
			[]want{{"ready to respond.", "European Commission"}, {"take all necessary measures.", "Lin Jian"}}},
		{"NicknameAfterAnActiveVerbOfNaming", []string{`Senator Ted Cruz spoke in Houston on Friday. He called the governor “Gavin Newscum” twice.`},
			[]want{{"Gavin Newscum", "Ted Cruz"}}},
		{"NameAfterAPassiveVerbOfNamingIsATitle", []string{`Senator Ted Cruz praised a bill called “The Border Act” on Friday.`}, nil},
		{"NameAfterADeterminerIsAThingsName", []string{`Ted Cruz unveiled what he called the “Texas Plan” on Friday.`}, nil},
		{"TitleWithANumberIsATitle", []string{`Senator Ted Cruz said he backed the “Agenda 47” platform.`}, nil},
		{"QuotedLabelBeforeItsNounIsNoQuote", []string{`The “red wall” districts of the north will decide the vote, according to pollsters.`}, nil},
		{"AccordingToAMemoByItsAuthor", []string{`The cuts would “hurt rural families,” according to a memo released by the Senate Agriculture Committee.`},
			[]want{{"hurt rural families", "Senate Agriculture Committee"}}},
		{"TitleBeforeTheCueIsNoInversion", []string{`Senator Maria Lopez, who wrote the book “Open Borders,” said her party must “listen more.”`},
			[]want{{"listen more.", "Maria Lopez"}}},
		{"DatelineIsNoSubject", []string{`OSLO – Foreign Minister Tomas Berg met his Swedish counterpart on Monday and rejected what he called “pressure” from Moscow.`},
			[]want{{"pressure", "Tomas Berg"}}},
		{"SpeakerOfAnEarlierQuoteInTheSentence", []string{`BERLIN (Reuters) – Chancellor Olaf Scholz called the plan “reckless” and vowed to resist what he described as “blackmail.”`},
			[]want{{"reckless", "Olaf Scholz"}, {"blackmail.", "Olaf Scholz"}}},
		{"RelativeClauseAfterTheSpeaker", []string{`“Turnout will decide it,” one Democratic strategist, who asked not to be named, said.`},
			[]want{{"Turnout will decide it", "strategist"}}},
		{"TheAgencyIsTheInstitutionNamedBefore", []string{`The Government Accountability Office reviewed the contracts. The agency said in a report that the costs were “far higher than planned.”`},
			[]want{{"far higher than planned.", "Government Accountability Office"}}},
		{"CapitalisedSentenceAfterAColonIsNoTitle", []string{`Asked about the delay, Anna Schmidt said: "That's Up To Brussels."`},
			[]want{{"That's Up To Brussels.", "Anna Schmidt"}}},
		{"PossessorOfANounOfSpeechSpeaks", []string{`Anna Schmidt rejected Tomas Berg's claims that the border was “wide open,” a charge the ministry calls “baseless.”`},
			[]want{{"wide open", "Tomas Berg"}, {"baseless.", "ministry"}}},
		{"PossessivePronounOfANounOfSpeech", []string{`Anna Schmidt spoke in Bonn on Monday. Her remarks about a “betrayal of voters” angered the coalition.`},
			[]want{{"betrayal of voters", "Anna Schmidt"}}},
		{"NounWithoutPossessorIsNoCue", []string{`The remarks about a “betrayal of voters” angered the coalition.`}, nil},
		{"ClaimsGovernsItsClause", []string{`Tomas Berg repeatedly claims that the minister is “out of touch,” a charge her office calls “absurd.”`},
			[]want{{"out of touch", "Tomas Berg"}, {"absurd.", "office"}}},
		{"ShowTitleAfterAMediumIsATitle", []string{`“We must do better,” Anna Schmidt told CNN's “State of the Union.”`},
			[]want{{"We must do better", "Anna Schmidt"}}},
		{"NumberWithACommaIsOneWord", []string{`Anna Schmidt, speaking before a crowd of 12,000, said the vote was “a turning point.”`},
			[]want{{"a turning point.", "Anna Schmidt"}}},
		{"NameInAppositionAfterAPossessor", []string{`Berg's longtime deputy, Ingrid Karlsson, told reporters the plan was “dead.”`},
			[]want{{"dead.", "Ingrid Karlsson"}}},
		{"PrepositionalPhraseHangsOnTheSubject", []string{`Election officials in Georgia said the count was “on track.”`},
			[]want{{"on track.", "officials"}}},
		{"LabelBeforeItsNounWithoutDeterminer", []string{`Voters in “Bernie 2020” shirts lined the street as Tomas Berg arrived, reporters said.`}, nil},
		{"LoneGroupWordIsNoPersonForHe", []string{`Many Democrats said they would stay home. Voters cheered as he said the race was “over.”`},
			[]want{{"over.", ""}}},
		{"PersonFromAPlace", []string{`Sen. Maria Lopez of Nevada said the deal was “a good start.”`},
			[]want{{"a good start.", "Maria Lopez"}}},
		{"PartyTagIsNoName", []string{`Rep. Tomas Berg, D-Minn., the ranking member of the panel, said the report was “a cover-up.”`},
			[]want{{"a cover-up.", "Tomas Berg"}}},
		{"TitledNameInApposition", []string{`Her ally, Rep. Anna Schmidt, told reporters the vote was “rigged.”`},
			[]want{{"rigged.", "Anna Schmidt"}}},
		{"AccordingToARoleWithItsName", []string{`The verdict was a “clear win,” according to the family's lawyer, Omar Haddad.`},
			[]want{{"clear win", "Omar Haddad"}}},
		{"MediumOpensTheSentence", []string{`In a statement, Anna Schmidt thanked the voters for their “patience and trust.”`},
			[]want{{"patience and trust.", "Anna Schmidt"}}},
		{"NoMediumNoSpeaker", []string{`In the end, Anna Schmidt thanked the voters for their “patience and trust.”`}, nil},
		{"AsXPutIt", []string{`As Anna Schmidt put it on Monday, the treaty is “a dead letter.”`},
			[]want{{"a dead letter.", "Anna Schmidt"}}},
		{"InTheWordsOf", []string{`In the words of Senator Tomas Berg, the budget is “a gift to the banks.”`},
			[]want{{"a gift to the banks.", "Tomas Berg"}}},
		{"ThatClauseFarFromItsVerb", []string{`Anna Schmidt said on Monday at a crowded meeting in the old town hall of Bonn, after a long speech about prices, rents and wages, that the coalition was “finished.”`},
			[]want{{"finished.", "Anna Schmidt"}}},
		{"SurnameEndingInSIsAPerson", []string{`Asked if she would run again, Andrews replied: "Absolutely." "Any time," she added.`},
			[]want{{"Absolutely.", "Andrews"}, {"Any time", "Andrews"}}},
		{"TitleAndNameBeforeTheCue", []string{`African Union Commission chairperson Mahmoud Ali Youssouf said the accord was “a milestone.”`},
			[]want{{"a milestone.", "Mahmoud Ali Youssouf"}}},
		{"SelfStyledIsAScareQuote", []string{`Anna Schmidt said the self-styled “patriots” had blocked the road.`}, nil},
		{"TheGroupIsTheOrganisationNamedBefore", []string{`Hamas rejected the proposal on Sunday. The group said in a statement that it remained “open to talks.”`},
			[]want{{"open to talks.", "Hamas"}}},
		{"PossessorBeforeAnAdjectiveAndNoun", []string{`Egypt's foreign ministry warned of a “dangerous escalation” on the border.`},
			[]want{{"dangerous escalation", "Egypt"}}},
		{"RelativeClauseIsNoApposition", []string{`Relatives of the miners, who have camped outside the mine in Tel Aviv, said hope was “fading.”`},
			[]want{{"fading.", "Relatives"}}},
		{"DigitBeforeAClosingMark", []string{`His "Plan 2030" agenda, Tomas Berg said, would end what Anna Schmidt calls "theft."`},
			[]want{{"theft.", "Anna Schmidt"}}},
		{"InchesCloseNothing", []string{`The 12" pipe burst on Monday.`}, nil},
		{"WhatXCallTakesAnyWords", []string{`The law bans what its sponsors call "junk fees."`},
			[]want{{"junk fees.", "its sponsors"}}},
		{"SuchAsNamesTheSpeaker", []string{`Others, such as Senate leader Tomas Berg, argue that the deal brings "stability."`},
			[]want{{"stability.", "Tomas Berg"}}},
		{"InfinitiveTakesTheSentenceSubject", []string{`Democrats seized on the document to warn of a "second term" of chaos.`},
			[]want{{"second term", "Democrats"}}},
		{"HeadlineClauseBeforeAColonAndAName", []string{`# 'We did our duty': Tomas Berg defends the inquiry`, `The inquiry closed on Monday.`},
			[]want{{"We did our duty", "Tomas Berg"}}},
		{"LaterPluralPossessiveClosesNothing", []string{`Anna Schmidt warned that the plans were 'reckless' for farmers, as the Greens' campaign stalled.`},
			[]want{{"reckless", "Anna Schmidt"}}},
		{"PartialInsideTheCuesSubject", []string{`Tomas Berg spoke on Monday. His party's 'covenant' with farmers promises lower fuel duty.`}, nil},
		// a role introduced with a name in apposition, ranks before the name
		{"RoleInAppositionWithRanks", []string{`A spokeswoman for the Interior Ministry, Maj Gen Lena Sorensen, spoke on Sunday.`,
			`The spokeswoman said: “The roads will reopen tomorrow.”`},
			[]want{{"The roads will reopen tomorrow.", "Lena Sorensen"}}},
		{"RoleInAppositionWithDottedRanks", []string{`A spokesman for the Coast Guard, Lt. Cmdr. Piet Vos, met the press.`,
			`“The search goes on,” the spokesman said.`},
			[]want{{"The search goes on", "Piet Vos"}}},
		{"RoleInAppositionWithoutRank", []string{`An envoy of the African Union, Amara Diallo, arrived in Juba.`,
			`The envoy told reporters the ceasefire was “holding for now.”`},
			[]want{{"holding for now.", "Amara Diallo"}}},
		{"RoleWithAComplementInApposition", []string{`An adviser to the prime minister, Dr Kofi Mensah, sat in on the talks.`,
			`“Nothing is agreed yet,” the adviser said.`},
			[]want{{"Nothing is agreed yet", "Kofi Mensah"}}},
		{"NameBeforeTheRoleInApposition", []string{`Kofi Mensah, a spokesman for the African Union, arrived late. “We were not consulted,” the spokesman said.`,
			`Col. Ivan Petrov, spokesman for the Northern Command, spoke at dawn. The spokesman said the shelling had “stopped.”`},
			[]want{{"We were not consulted", "Kofi Mensah"}, {"stopped.", "Ivan Petrov"}}},
		// a document that is the subject of a cue speaks for itself, not
		// for whichever organisation was named before it
		{"DocumentSpeaksForItself", []string{`The World Bank cut its forecast on Monday.`,
			`Separately, the two governments issued a communique after the talks. The communique says: “Trade will double by 2030.”`},
			[]want{{"Trade will double by 2030.", "communique"}}},
		{"DocumentSpeaksForItsIssuer", []string{`The World Bank cut its forecast on Monday.`,
			`The African Union adopted a resolution on Tuesday. The resolution says member states “will not recognise the coup.”`},
			[]want{{"will not recognise the coup.", "African Union"}}},
		{"DocumentWithoutAnyOrganisation", []string{`The treaty was signed in Lisbon. The text says both parties “shall consult each other.”`},
			[]want{{"shall consult each other.", "text"}}},
		{"DocumentOfTheStorysOrganisation", []string{`# WHO members adopt pandemic accord`, `Members of the World Health Organization met in Geneva.`,
			`The World Health Organization closed its assembly on Friday. The resolution says states must “share pathogen data quickly.”`},
			[]want{{"share pathogen data quickly.", "World Health Organization"}}},
		// a paragraph that opens a quote without closing it goes on in the
		// next paragraph that begins with a quote mark; the attribution at
		// the end applies to the whole quotation, not the speaker before
		{"MultiParagraphAfterAnotherSpeaker", []string{`Anna Schmidt called the vote “a disgrace”.`,
			`“Today we start again.`,
			`“Nobody will be left behind,” said Tomas Berg.`},
			[]want{{"a disgrace", "Anna Schmidt"}, {"Today we start again.", "Tomas Berg"}, {"Nobody will be left behind", "Tomas Berg"}}},
		{"MultiParagraphOverThreeParagraphs", []string{`“We did not choose this war,” Anna Schmidt said.`,
			`“The border was crossed at dawn. Our soldiers held.`,
			`“They held for three days.`,
			`“And they will hold again,” Ivan Petrov told the parliament.`},
			[]want{{"We did not choose this war", "Anna Schmidt"}, {"The border was crossed at dawn. Our soldiers held.", "Ivan Petrov"},
				{"They held for three days.", "Ivan Petrov"}, {"And they will hold again", "Ivan Petrov"}}},
		{"MultiParagraphWithItsOwnAttribution", []string{`Anna Schmidt spoke first.`,
			`Ivan Petrov then said: “We owe them the truth.`,
			`“All of it,” he added.`},
			[]want{{"We owe them the truth.", "Ivan Petrov"}, {"All of it", "Ivan Petrov"}}},
		{"MultiParagraphPronounThatNamesNoOne", []string{`The mayor said: “We saw it coming.`,
			`“Nobody listened,” she added.`},
			[]want{{"We saw it coming.", "mayor"}, {"Nobody listened", "mayor"}}},
		{"UnclosedWithoutQuotedNextParagraphEnds", []string{`Anna Schmidt said: “We will wait and see.`,
			`Tomas Berg did not comment.`},
			[]want{{"We will wait and see.", "Anna Schmidt"}}},
		{"CueInTheQuotedLanguage", []string{`Anna Schmidt spoke first.`,
			`«Nous ne céderons pas», a déclaré Claire Dubois, and she added: «Jamais.»`,
			`„Das reicht“, sagte Tomas Berg.`},
			[]want{{"Nous ne céderons pas", "Claire Dubois"}, {"Jamais.", "Claire Dubois"}, {"Das reicht", "Tomas Berg"}}},
		{"PassiveCueTakesItsAgent", []string{`Tomas Berg signed the treaty on Monday.`,
			`The treaty was described as “a betrayal” by opposition leader Ahmed Musa.`},
			[]want{{"a betrayal", "Ahmed Musa"}}},
		{"PassiveCueWithoutAgentHasNoSpeaker", []string{`Tomas Berg signed the treaty on Monday.`,
			`The ceasefire was widely described as “fragile” in the capital.`},
			[]want{{"fragile", ""}}},
		{"SubjectOfTheSentenceBeforeSpeaks", []string{`Anna Schmidt called the offer “cynical”.`,
			`Interior Minister Omar Haddad sounded calmer. “There is still room to talk.”`},
			[]want{{"cynical", "Anna Schmidt"}, {"There is still room to talk.", "Omar Haddad"}}},
		{"SentenceBeforeWithAQuoteKeepsItsSpeaker", []string{`Omar Haddad met Anna Schmidt, who called the offer “cynical”. “It insults us.”`},
			[]want{{"cynical", "Anna Schmidt"}, {"It insults us.", "Anna Schmidt"}}},
		{"PronounOfTheOtherGenderTakesNoOne", []string{`“We will reply,” said Marco Bianchi.`, `Then the lights went out. She said “never” twice.`},
			[]want{{"We will reply", "Marco Bianchi"}, {"never", ""}}},
		{"OneWordRepeatedByChanceBorrowsNoSpeaker", []string{`“Nothing was ever agreed,” said Marco Bianchi.`, `The word “no” was painted on the wall, she said.`},
			[]want{{"Nothing was ever agreed", "Marco Bianchi"}, {"no", ""}}},
		{"PrepositionAfterAPartialIsNoLabel", []string{`Lisbon moved to adopt “firm, lasting measures” against the fires, Spanish officials said.`},
			[]want{{"firm, lasting measures", "Spain"}}},
		{"CueAfterANationalityAdjectiveIsANoun", []string{`Foreign Minister Ingrid Karlsson dismissed the Russian claims as “a smokescreen”.`},
			[]want{{"a smokescreen", "Ingrid Karlsson"}}},
		{"ParticipleSkipsANounAfterItsModifier", []string{`Tomas Berg turned down Anna Schmidt’s latest offer of a truce, saying the north’s demands were “still too high”.`},
			[]want{{"still too high", "Tomas Berg"}}},
		{"PastCueAfterAParticipleStaysAVerb", []string{`Those detained said they had been "beaten" by guards.`},
			[]want{{"beaten", ""}}},
		{"NationalityAsSubjectKeepsItsVerb", []string{`The French insist that the treaty is "dead".`},
			[]want{{"dead", "France"}}},
		{"WithXParticipleTakesThePhraseAfterWith", []string{`Oslo thanked Stockholm on Monday, with Defence Minister Tomas Berg calling Sweden a “trusted ally”.`, `Rome thanked Athens, with Italy’s foreign minister Marco Bianchi publicly describing the deal as “fair”.`},
			[]want{{"trusted ally", "Tomas Berg"}, {"fair", "Marco Bianchi"}}},
		{"WeakCueWithAThatClause", []string{`Defence Minister Tomas Berg pledged on Monday that Norway would send a “substantial” package.`},
			[]want{{"substantial", "Tomas Berg"}}},
		{"WeakCueWithAThatClauseAfterItsPlaces", []string{`Anna Schmidt promised in a speech to farmers in Kiel that Berlin would stay a "loyal" partner.`},
			[]want{{"loyal", "Anna Schmidt"}}},
		{"BrushedAsideAsIsACue", []string{`Ministry spokesman Chen Wei brushed aside the Japanese protests as "noise".`},
			[]want{{"noise", "Chen Wei"}}},
		{"VerbAfterAModalInAThatClauseReportsNothing", []string{`Tomas Berg pledged on Friday that Oslo would reply in a "measured" manner.`},
			[]want{{"measured", "Tomas Berg"}}},
		{"OfficeWithoutAStateSpeaksForItsHolder", []string{`Governor Lena Sorensen’s office called the ruling “a setback”.`},
			[]want{{"a setback", "Lena Sorensen"}}},
		{"WeakCueWithAThatClauseKeepsScareQuotesOut", []string{`Tomas Berg pledged on Monday that Norway would defend the so-called “green corridor”.`}, nil},
		{"LongThatClauseOfAVerbOfSaying", []string{`The ministry said in a notice on Friday that the search, begun at dawn after the storm had passed, would go on "for as long as it takes."`},
			[]want{{"for as long as it takes.", "ministry"}}},
		{"ThatClauseOfAReplyFarFromItsVerb", []string{`Tomas Berg replied in a short message to reporters late on Sunday evening that Norway had tried hard, "but it was not enough".`},
			[]want{{"but it was not enough", "Tomas Berg"}}},
		{"SecondThatClauseAfterAPartial", []string{`Mayor Ingrid Karlsson said on Monday that the two lorries, both carrying timber, had "blocked the bridge" before dawn and that the city's tow trucks, which were already busy elsewhere, had arrived "as fast as possible."`},
			[]want{{"blocked the bridge", "Ingrid Karlsson"}, {"as fast as possible.", "Ingrid Karlsson"}}},
		{"QuoteWithoutAnyAttributionIsKeptWithoutSpeaker", []string{`“This cannot go on.” The protest lasted until midnight.`},
			[]want{{"This cannot go on.", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkQuotes(t, process(t, tt.blocks...), tt.want)
		})
	}
}

// TestStage_OfficeHolder: the office of a person for whom the document
// names no state speaks under the holder's own name.
func TestStage_OfficeHolder(t *testing.T) {
	d := process(t, `Governor Lena Sorensen’s office called the ruling “a setback”.`)
	if len(d.Quotes) != 1 {
		t.Fatalf("got %v", texts(d.Quotes))
	}
	if got, want := d.Quotes[0].SpeakerName, "Lena Sorensen"; got != want {
		t.Fatalf("SpeakerName=%q, want %q", got, want)
	}
}

func texts(qs []axis.Quote) []string {
	var s []string
	for _, q := range qs {
		s = append(s, q.Text+" ← "+q.SpeakerName)
	}
	return s
}

func TestStage_CueAndMedium(t *testing.T) {
	d := process(t, `Robert Hale, a professor at the University of Leeds, told Al Jazeera that the summit showed “a genuine warmth”.`,
		`“The alliance is durable,” Hale said in emailed comments.`)
	if len(d.Quotes) != 2 {
		t.Fatalf("got %v", texts(d.Quotes))
	}
	if q := d.Quotes[0]; q.Cue != "told" || q.Medium != "Al Jazeera" || !strings.Contains(q.SpeakerName, "Robert Hale") {
		t.Errorf("quote 0: cue=%q medium=%q speaker=%q", q.Cue, q.Medium, q.SpeakerName)
	}
	if q := d.Quotes[1]; q.Cue != "said" || q.Medium != "emailed comments" || !strings.Contains(q.SpeakerName, "Robert Hale") {
		t.Errorf("quote 1: cue=%q medium=%q speaker=%q", q.Cue, q.Medium, q.SpeakerName)
	}
}

// TestStage_LinksEntities builds the entities by hand: the quote stage must
// link a speaker to the entity whose mention overlaps the speaker phrase
// and carry its canonical name, role and country.
func TestStage_LinksEntities(t *testing.T) {
	text := `“It is a breakthrough,” Dover said.`
	d := axis.NewDocument()
	d.Text = text
	d.Paragraphs = []axis.Paragraph{{Start: 0, End: len(text), Kind: axis.KindBody}}
	d.Sentences = []axis.Sentence{{Start: 0, End: len(text), Kind: axis.KindBody}}
	i := strings.Index(text, "Dover")
	d.Entities = []axis.Entity{{ID: "e1", Kind: axis.EntityPerson, Name: "Robert Dover", Country: "GBR",
		Role: "professor", Affiliation: "University of Hull",
		Mentions: []axis.Mention{{Start: i, End: i + 5, Text: "Dover"}}}}
	if err := quote.New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 1 {
		t.Fatalf("got %v", texts(d.Quotes))
	}
	q := d.Quotes[0]
	if q.Speaker != "e1" || q.SpeakerName != "Robert Dover" || q.Role != "professor" || q.Affiliation != "University of Hull" || q.Country != "GBR" {
		t.Errorf("got %+v", q)
	}
}

// TestStage_RoleFromApposition: a speaker found through a role in
// apposition to a name carries that role and its organisation when the
// person's entity has none (or only a rank).
func TestStage_RoleFromApposition(t *testing.T) {
	tests := []struct {
		name                     string
		blocks                   []string
		speaker, role, affiliate string
	}{
		{"RankBeforeTheName", []string{`A spokeswoman for the Interior Ministry, Maj Gen Lena Sorensen, spoke on Sunday.`,
			`The spokeswoman said: “The roads will reopen tomorrow.”`}, "Lena Sorensen", "spokeswoman", "Interior Ministry"},
		{"NoRank", []string{`A spokesman for the World Health Organization, Daniel Moreau, met the press. “The search goes on,” the spokesman said.`},
			"Daniel Moreau", "spokesman", "World Health Organization"},
		{"ComplementOfTheRole", []string{`A researcher at the World Health Organization, Dr Kofi Mensah, spoke in Accra.`,
			`The researcher said the outbreak was “under control.”`}, "Kofi Mensah", "researcher", "World Health Organization"},
		{"PossessorIsNoAffiliation", []string{`Berg's longtime deputy, Ingrid Karlsson, told reporters the plan was “dead.”`},
			"Ingrid Karlsson", "longtime deputy", ""},
		{"UnnamedSpokespersonForABody", []string{`“Every invoice will be checked,” a spokesperson for the Justice Department said on Monday.`},
			"Justice Department", "spokesperson", ""},
		{"UnnamedSpokeswomanForABodyAfterTheCue", []string{`“The audit is routine,” said a spokeswoman for the World Health Organization.`},
			"World Health Organization", "spokeswoman", ""},
		{"UnnamedSpokesmanBeforeAColon", []string{`A spokesman for the Interior Ministry said: “The roads will reopen tomorrow.”`},
			"Interior Ministry", "spokesman", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := process(t, tt.blocks...)
			if len(d.Quotes) != 1 {
				t.Fatalf("got %v", texts(d.Quotes))
			}
			q := d.Quotes[0]
			if q.SpeakerName != tt.speaker || q.Speaker == "" || q.Role != tt.role || q.Affiliation != tt.affiliate {
				t.Errorf("got speaker=%q (%s) role=%q affiliation=%q, want %q role=%q affiliation=%q",
					q.SpeakerName, q.Speaker, q.Role, q.Affiliation, tt.speaker, tt.role, tt.affiliate)
			}
		})
	}
}

func TestStage_EmptyAndBare(t *testing.T) {
	for _, text := range []string{"", `"`, `“”`, `'`, `“ ”`, `he said “`, `” said he`, `’’’ ‘‘‘`, `«»«`} {
		d := axis.NewDocument()
		d.Text = text
		if err := quote.New().Process(context.Background(), d); err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		checkOffsets(t, d)
	}
}

func TestLexicon_LoadErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"cues.txt", "say|said\tloud\n", "cues.txt:1: unknown cue flag"},
		{"cues.txt", "# c\nsay|said\nsaid\n", "cues.txt:3: cue \"said\" given twice"},
		{"nouns.txt", "person\n", "nouns.txt:1: want CLASS"},
		{"nouns.txt", "chef\tcook\n", "nouns.txt:1: unknown noun class"},
		{"notnames.txt", "Two Words\n", "notnames.txt:1: one word a line"},
		{"other.txt", "x\n", "unknown kind of quote data"},
	}
	for _, tt := range tests {
		lx := quote.NewLexicon()
		err := lx.Load(tt.name, strings.NewReader(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%s, %q) = %v, want %q", tt.name, tt.data, err, tt.want)
		}
	}
	lx, err := quote.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	// a user's cue file extends a clone; the default stays as it was
	c := lx.Clone()
	if err := c.Load("cues-extra.txt", strings.NewReader("harrumph|harrumphed\n")); err != nil {
		t.Fatal(err)
	}
	d := process(t, `Maria Lopez harrumphed that the food was “inedible”.`)
	if len(d.Quotes) != 0 {
		t.Errorf("default lexicon knows harrumphed: %v", texts(d.Quotes))
	}
	// stages of two lexicons, one after the other, each find their own
	// cues (the work they share between documents remembers short words)
	c2 := lx.Clone()
	if err := c2.Load("cues-extra.txt", strings.NewReader("yelp|yelped\n")); err != nil {
		t.Fatal(err)
	}
	user := quote.NewWithLexicon(c2)
	for k, s := range []*quote.Stage{user, quote.New(), user, quote.New()} {
		d := process(t, `Maria Lopez yelped that the food was “inedible”.`)
		d.Quotes = nil
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if got, want := len(d.Quotes), 1-k%2; got != want {
			t.Errorf("run %d: %d quotations, want %d", k, got, want)
		}
	}
}

// TestDevCorpus checks quote recall and precision on the shared dev corpus
// with the scorer's matching (the gold's first 40 characters contained in
// a predicted quote), when the corpus is present.
func TestDevCorpus(t *testing.T) {
	golds, _ := filepath.Glob("../../shared/corpus/dev/*.json")
	if len(golds) == 0 {
		t.Skip("no dev corpus at ../../shared/corpus/dev")
	}
	p, err := pipeline.New(pipeline.Options{NoEvents: true})
	if err != nil {
		t.Fatal(err)
	}
	var tp, npred, ngold int
	for _, g := range golds {
		var gold struct {
			Quotes []struct{ Text string } `json:"quotes"`
		}
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(g, ".json")
		var docs []*axis.Document
		for _, ext := range []string{".txt", ".md"} {
			if _, err := os.Stat(base + ext); err == nil {
				err := reader.Read(context.Background(), base+ext, reader.Options{}, func(d *axis.Document) error {
					docs = append(docs, d)
					return p.Process(context.Background(), d)
				})
				if err != nil {
					t.Fatal(err)
				}
			}
		}
		if len(docs) != 1 {
			t.Fatalf("%s: %d documents", base, len(docs))
		}
		d := docs[0]
		checkOffsets(t, d)
		used := map[int]bool{}
		for _, gq := range gold.Quotes {
			gk := norm(gq.Text)
			if len(gk) > 40 {
				gk = gk[:40]
			}
			for i, q := range d.Quotes {
				if !used[i] && strings.Contains(norm(q.Text), gk) {
					used[i] = true
					tp++
					break
				}
			}
		}
		npred += len(d.Quotes)
		ngold += len(gold.Quotes)
	}
	prec, rec := float64(tp)/float64(max(npred, 1)), float64(tp)/float64(max(ngold, 1))
	t.Logf("dev corpus quotes: precision %.3f recall %.3f (%d/%d/%d)", prec, rec, tp, npred, ngold)
	if prec < 0.95 || rec < 0.95 {
		t.Errorf("quotes precision %.3f recall %.3f, want >= 0.95", prec, rec)
	}
}

// norm folds case, drops quotation marks and squeezes spaces, as the
// scorer does.
func norm(s string) string {
	s = strings.ToLower(s)
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune("\"'“”‘’«»„‚`", r) {
			return -1
		}
		return r
	}, s)
	return strings.Trim(strings.Join(strings.Fields(s), " "), " .,;:")
}

// checkQuotes asserts d's quotes are want, in order: each quote's text, and a
// speaker name holding want's speaker (no speaker where want has none).
func checkQuotes(t *testing.T, d *axis.Document, want []want) {
	t.Helper()
	if got, n := len(d.Quotes), len(want); got != n {
		t.Fatalf("got %d quotes %v, want %d %v", got, texts(d.Quotes), n, want)
	}
	for i, w := range want {
		q := d.Quotes[i]
		if q.Text != w.text {
			t.Errorf("quote %d text=%q, want %q", i, q.Text, w.text)
		}
		if w.speaker == "" && q.SpeakerName != "" || !strings.Contains(q.SpeakerName, w.speaker) {
			t.Errorf("quote %d %q speaker=%q, want %q", i, q.Text, q.SpeakerName, w.speaker)
		}
	}
}
