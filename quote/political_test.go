package quote_test

import (
	"strings"
	"testing"
)

// TestStage_Political runs sentences written in the manner of US campaign
// coverage: partial quotes inside reported speech, spokespeople, unnamed
// sources, platforms, and the scare quotes, slogans, titles and nicknames
// that are no quotations.
func TestStage_Political(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
		want   []want
	}{
		{"CalledRulingPartial", []string{`Donald Trump called the ruling a 'disgrace' and vowed to appeal.`},
			[]want{{"disgrace", "Donald Trump"}}},
		{"SaidPlanWouldPartial", []string{`Kamala Harris said his plan would 'hurt working families' across the Midwest.`},
			[]want{{"hurt working families", "Kamala Harris"}}},
		{"DescribedBillAs", []string{`Senator Mark Delaney described the bill as “dead on arrival” in the Senate.`},
			[]want{{"dead on arrival", "Mark Delaney"}}},
		{"CampaignSpokesperson", []string{`“The vice president has a record of delivering for this state,” said campaign spokeswoman Rachel Ortiz.`},
			[]want{{"The vice president has a record of delivering for this state", "Rachel Ortiz"}}},
		{"PersonFamiliar", []string{`The campaign is “not worried about Georgia,” according to a person familiar with its internal polling.`},
			[]want{{"not worried about Georgia", "person"}}},
		{"TruthSocialPost", []string{`In a post on Truth Social, Trump wrote that the indictment was “ELECTION INTERFERENCE” and a “witch hunt.”`},
			[]want{{"ELECTION INTERFERENCE", "Trump"}, {"witch hunt.", "Trump"}}},
		{"AirForceOne", []string{`President Joe Biden told reporters aboard Air Force One that the debate had been “a bad night.”`},
			[]want{{"a bad night.", "Joe Biden"}}},
		{"RallyPennsylvania", []string{`“We are going to win Pennsylvania, and we are going to win it big,” Trump said at a rally in Harrisburg on Saturday.`},
			[]want{{"We are going to win Pennsylvania, and we are going to win it big", "Trump"}}},
		{"InterviewCNN", []string{`In an interview with CNN, Governor Josh Shapiro said the former president was “unfit to serve.”`},
			[]want{{"unfit to serve.", "Josh Shapiro"}}},
		{"StatementFromCampaign", []string{`The Harris campaign called the remarks “dangerous and unhinged,” according to a statement released Tuesday.`},
			[]want{{"dangerous and unhinged", "Harris"}}},
		{"AttributionInMiddle", []string{`“This election is about freedom,” Harris said, “and we will not go back.”`},
			[]want{{"This election is about freedom", "Harris"}, {"and we will not go back.", "Harris"}}},
		{"MultiSentence", []string{`Representative Elise Stefanik said in a statement: "The voters have spoken. It is time for the Senate to act. We will not wait."`},
			[]want{{"The voters have spoken. It is time for the Senate to act. We will not wait.", "Elise Stefanik"}}},
		{"CurlyInvertedAide", []string{`“He is not going anywhere,” a senior campaign aide told Politico on Monday.`},
			[]want{{"He is not going anywhere", "campaign aide"}}},
		{"StraightQuoteHe", []string{`Senator JD Vance spoke to supporters in Ohio on Thursday. "We are fighting for the forgotten men and women of this country," he said.`},
			[]want{{"We are fighting for the forgotten men and women of this country", "JD Vance"}}},
		{"SquadSoCalled", []string{`Members of the so-called 'Squad' voted against the measure on Friday.`}, nil},
		{"CriticsCall", []string{`The White House defended what critics call “Bidenomics” in a memo to donors.`}, nil},
		{"SloganAsName", []string{`Supporters in red “Make America Great Again” hats lined the road to the arena.`}, nil},
		{"BookTitle", []string{`Her memoir, “107 Days,” was released in September by Simon & Schuster.`}, nil},
		{"ShowTitle", []string{`The senator appeared on “Meet the Press” on Sunday morning.`}, nil},
		{"WriterNickname", []string{`Trump has mocked his rival as weak for months, and the 'Sleepy Joe' attacks continued at the rally.`}, nil},
		{"ScareQuoteLabel", []string{`Republicans in the House passed the “Laken Riley Act” on a bipartisan vote.`}, nil},
		{"PartialAfterSaidThat", []string{`Mike Johnson, the House speaker, said that the spending deal was “the best we could get” given the narrow majority.`},
			[]want{{"the best we could get", "Mike Johnson"}}},
		{"PartialQuoteSplit", []string{`The plan is “a giveaway to billionaires,” Senator Elizabeth Warren said, and “an insult to every nurse and teacher.”`},
			[]want{{"a giveaway to billionaires", "Elizabeth Warren"}, {"an insult to every nurse and teacher.", "Elizabeth Warren"}}},
		{"WarnedPartial", []string{`Governor Gavin Newsom warned that the order would cause “chaos” at the border.`},
			[]want{{"chaos", "Gavin Newsom"}}},
		{"VowedPartial", []string{`Nikki Haley vowed to stay in the race “for as long as it takes.”`},
			[]want{{"for as long as it takes.", "Nikki Haley"}}},
		{"DismissedAs", []string{`A spokesman for Trump, Steven Cheung, dismissed the poll as “fake news.”`},
			[]want{{"fake news.", "Steven Cheung"}}},
		{"SpokespersonLater", []string{`Karoline Leavitt, the campaign's national press secretary, spoke to reporters outside the courthouse.`,
			`“The American people see through this,” Leavitt said.`},
			[]want{{"The American people see through this", "Karoline Leavitt"}}},
		{"OrgStatement", []string{`The Republican National Committee said in a statement that the new rules were “unconstitutional.”`},
			[]want{{"unconstitutional.", "Republican National Committee"}}},
		{"WroteOnX", []string{`Elon Musk wrote on X that the debate moderators were “totally biased.”`},
			[]want{{"totally biased.", "Elon Musk"}}},
		{"QuotesContinuePrevious", []string{`“I have never been more confident,” Harris told supporters in Atlanta.`,
			`“We have the momentum, and we have the people.”`},
			[]want{{"I have never been more confident", "Harris"}, {"We have the momentum, and we have the people.", "Harris"}}},
		{"AskedWhether", []string{`Asked whether he would accept the result, Trump told Fox News: “If it's a fair election, absolutely.”`},
			[]want{{"If it's a fair election, absolutely.", "Trump"}}},
		{"ChainedAdjectives", []string{`Senate Majority Leader Chuck Schumer called the verdict “shocking” and “deeply troubling.”`},
			[]want{{"shocking", "Chuck Schumer"}, {"deeply troubling.", "Chuck Schumer"}}},
		{"DubbedNickname", []string{`Trump has dubbed his opponent “Crooked Hillary” since 2016.`},
			[]want{{"Crooked Hillary", "Trump"}}},
		{"LabelBeforeNoun", []string{`Democrats hope to rebuild the “blue wall” states this fall.`}, nil},
		{"FilmTitle", []string{`The documentary “The Fight for Arizona” premiered in Phoenix last week.`}, nil},
		{"StrategistUnnamed", []string{`One Republican strategist said the party was “in deep trouble” in the suburbs.`},
			[]want{{"in deep trouble", "Republican strategist"}}},
		{"ToldNYT", []string{`Senator Susan Collins told The New York Times that she was “very concerned” about the nominee.`},
			[]want{{"very concerned", "Susan Collins"}}},
		{"SaidInRemarks", []string{`Speaking at a fundraiser in Chicago, Biden said democracy itself was “on the ballot.”`},
			[]want{{"on the ballot.", "Biden"}}},
		{"ShePrefersColon", []string{`Vice President Kamala Harris put it simply: "We are not going back."`},
			[]want{{"We are not going back.", "Kamala Harris"}}},
		{"PartialNotingQuoted", []string{`The campaign manager, Julie Chavez Rodriguez, said the team had seen “record” volunteer sign-ups.`},
			[]want{{"record", "Julie Chavez Rodriguez"}}},
		{"ScareQuoteInReportedClause", []string{`Republicans argue that the “radical left” has taken over the Democratic Party.`},
			[]want{{"radical left", "Republicans"}}},
		{"ToldFoxPartial", []string{`Senator Lindsey Graham told Fox News that the verdict was “a travesty” and urged an appeal.`},
			[]want{{"a travesty", "Lindsey Graham"}}},
		{"WrittenStatementLong", []string{`“Tonight's results show that voters want change. We heard them, and we will deliver,” Governor Ron DeSantis said in a written statement.`},
			[]want{{"Tonight's results show that voters want change. We heard them, and we will deliver", "Ron DeSantis"}}},
		{"SpokesmanForCampaign", []string{`“Nobody is buying it,” said Ammar Moussa, a spokesman for the Harris campaign.`},
			[]want{{"Nobody is buying it", "Ammar Moussa"}}},
		{"NYTSaidThat", []string{`Trump said in an interview with The Wall Street Journal that tariffs were “the most beautiful word in the dictionary.”`},
			[]want{{"the most beautiful word in the dictionary.", "Trump"}}},
		{"PostedOnTruthSocialColon", []string{`Trump posted on Truth Social on Sunday night: “The Fake News Media is at it again!”`},
			[]want{{"The Fake News Media is at it again!", "Trump"}}},
		{"TweetedThat", []string{`Representative Alexandria Ocasio-Cortez tweeted that the vote was “a betrayal of working people.”`},
			[]want{{"a betrayal of working people.", "Ocasio-Cortez"}}},
		{"HeAddedPartial", []string{`Vance spoke for nearly an hour in Michigan. He added that the administration's border policy had been “a catastrophe.”`},
			[]want{{"a catastrophe.", "Vance"}}},
		{"SlamsHeadline", []string{`# Trump slams 'rigged' trial as jury begins deliberations`, `Jurors met for six hours on Wednesday.`},
			[]want{{"rigged", "Trump"}}},
		{"BookByAuthor", []string{`In his book “The Courage to Be Free,” the Florida governor recounts his first term.`}, nil},
		{"NicknameForWriter", []string{`The “Never Trump” wing of the party has shrunk since 2016.`}, nil},
		{"OperationTitle", []string{`The administration launched “Operation Midway Blitz” in Chicago last month.`}, nil},
		{"AccusedOf", []string{`Harris accused her opponent of wanting to “rule like a dictator.”`},
			[]want{{"rule like a dictator.", "Harris"}}},
		{"InsistedPartial", []string{`The White House insisted the president was “sharp as a tack” and fully engaged.`},
			[]want{{"sharp as a tack", "United States"}}},
		{"PressSecretaryBriefing", []string{`Press secretary Karine Jean-Pierre told reporters at the daily briefing that the claims were “simply false.”`},
			[]want{{"simply false.", "Karine Jean-Pierre"}}},
		{"QuestionQuote", []string{`“Where was he when the factories closed?” Governor Tim Walz asked the crowd in Wisconsin.`},
			[]want{{"Where was he when the factories closed?", "Tim Walz"}}},
		{"ExclamationQuote", []string{`“Fight, fight, fight!” Trump shouted as he was led off the stage.`},
			[]want{{"Fight, fight, fight!", "Trump"}}},
		{"SloganChanted", []string{`The crowd chanted “Lock her up” as the candidate took the stage.`},
			[]want{{"Lock her up", "crowd"}}},
		{"ShowAppearance", []string{`Vance made the remarks on Fox News' “Sunday Morning Futures.”`}, nil},
		{"AdTitle", []string{`The campaign released a new ad, titled “Fighting for You,” in Arizona and Nevada.`}, nil},
		{"NamedInitiative", []string{`The candidate unveiled an “Opportunity Economy” agenda at a stop in Pittsburgh.`}, nil},
		{"SpeakerAfterQuoteParagraph", []string{`Democratic Senator Raphael Warnock campaigned in Savannah on Friday.`,
			`“This is a fight for the soul of Georgia,” Warnock said. “And we intend to win it.”`},
			[]want{{"This is a fight for the soul of Georgia", "Raphael Warnock"}, {"And we intend to win it.", "Raphael Warnock"}}},
		{"StraightDoubleInverted", []string{`"I'm not going to comment on that," Senate Minority Leader Mitch McConnell told reporters on Capitol Hill.`},
			[]want{{"I'm not going to comment on that", "Mitch McConnell"}}},
		{"DescribedAsOrgSpokes", []string{`A Justice Department spokesperson described the investigation as “ongoing.”`},
			[]want{{"ongoing.", "Justice Department"}}},
		{"RelativeClauseCalled", []string{`Trump, who has called Harris “dumb as a rock,” will hold a rally in Michigan on Friday.`},
			[]want{{"dumb as a rock", "Trump"}}},
		{"ParticipleCalling", []string{`Democrats seized on the comment, calling it “disqualifying.”`},
			[]want{{"disqualifying.", "Democrats"}}},
		{"AnonymousSenator", []string{`“It's over,” one Republican senator said of the nomination fight, speaking on condition of anonymity.`},
			[]want{{"It's over", "Republican senator"}}},
		{"TapeTitle", []string{`The “Access Hollywood” tape surfaced a month before the 2016 election.`}, nil},
		{"SketchTitle", []string{`The debate was parodied in a “Saturday Night Live” sketch that weekend.`}, nil},
		{"NarrativeLabel", []string{`Several candidates have embraced the “stolen election” narrative in their ads.`}, nil},
		{"AgendaTitle", []string{`Trump's “Agenda 47” platform calls for sweeping tariffs on imports.`}, nil},
		{"BillNickname", []string{`The House narrowly passed the “One Big Beautiful Bill” on Thursday.`}, nil},
		{"PassiveDubbed", []string{`The three states, dubbed the “Blue Wall,” decided the last two elections.`}, nil},
		{"ToldShowTitle", []string{`“We are going to win this,” Harris told ABC's “This Week.”`},
			[]want{{"We are going to win this", "Harris"}}},
		{"SaidOnXColon", []string{`Vance said on X: "The media is lying to you about this."`},
			[]want{{"The media is lying to you about this.", "Vance"}}},
		{"EmailSpokesperson", []string{`“The senator has always supported the troops,” spokeswoman Emily Carter said in an email.`},
			[]want{{"The senator has always supported the troops", "Emily Carter"}}},
		{"NotAFan", []string{`Trump said he was “not a fan” of electric vehicles but would not ban them.`},
			[]want{{"not a fan", "Trump"}}},
		{"VotersToldAP", []string{`Many voters told The Associated Press they felt “left behind” by both parties.`},
			[]want{{"left behind", "voters"}}},
		{"WhenAsked", []string{`“I don't know,” Biden said when asked whether he would debate again.`},
			[]want{{"I don't know", "Biden"}}},
		{"SplitBySheSaid", []string{`Governor Gretchen Whitmer visited a plant in Flint.`, `“The jobs are coming back,” she said, “and they are coming back to Michigan.”`},
			[]want{{"The jobs are coming back", "Gretchen Whitmer"}, {"and they are coming back to Michigan.", "Gretchen Whitmer"}}},
		{"MultiParagraphQuote", []string{`“We have built the largest field operation in the history of this state,” said Jen O'Malley Dillon, the campaign chair.`,
			`“Every door, every phone call matters.”`},
			[]want{{"We have built the largest field operation in the history of this state", "Jen O'Malley Dillon"}, {"Every door, every phone call matters.", "Jen O'Malley Dillon"}}},
		{"CampaignOfficialAccording", []string{`The candidate will “keep pressing” on the economy, according to a campaign official.`},
			[]want{{"keep pressing", "campaign official"}}},
		{"WordWeird", []string{`Democrats have made “weird” their favourite word for the Republican ticket.`}, nil},
		{"FoxInterviewPartial", []string{`Speaking on Fox News, Senator Tom Cotton said the protesters were “lawless” and should be arrested.`},
			[]want{{"lawless", "Tom Cotton"}}},
		{"ScareQuoteWoke", []string{`The governor signed a law banning “woke” lessons in public schools.`}, nil},
	}
	pass := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := process(t, tt.blocks...)
			if got, want := len(d.Quotes), len(tt.want); got != want {
				t.Fatalf("got %d quotes %v, want %d %v", got, texts(d.Quotes), want, tt.want)
			}
			for i, w := range tt.want {
				q := d.Quotes[i]
				if q.Text != w.text {
					t.Errorf("quote %d text=%q, want %q", i, q.Text, w.text)
				}
				if w.speaker == "" && q.SpeakerName != "" || !strings.Contains(q.SpeakerName, w.speaker) {
					t.Errorf("quote %d %q speaker=%q, want %q", i, q.Text, q.SpeakerName, w.speaker)
				}
			}
			if !t.Failed() {
				pass++
			}
		})
	}
	t.Logf("%d of %d pass", pass, len(tests))
}
