package gen

// template is one kind of event: its codes and the ways an article words
// it. Variables: {S} {T} source and target state names, {SADJ} {TADJ}
// their adjectives, {SCAP} {TCAP} capitals, {DAY} "on Monday", {X} another
// state, {N} a small number, {BN} a decimal, {PCT} a percentage, {YEAR} a
// year, {WHO} an official, {TOPIC} a subject of talks.
type template struct {
	cameo, plover string
	headline      []string
	lead          []string
}

var templates = []template{
	{"040", "CONSULT",
		[]string{"{S} and {T} hold talks in {TCAP}", "{SADJ} and {TADJ} officials meet on {TOPIC}"},
		[]string{"{S} held talks with {T} in {TCAP} {DAY}, officials from both sides said.",
			"{SADJ} officials met their {TADJ} counterparts in {TCAP} {DAY} to discuss {TOPIC}."}},
	{"042", "CONSULT",
		[]string{"{SADJ} foreign minister visits {TCAP}", "{S} sends envoy to {T}"},
		[]string{"The {SADJ} foreign minister visited {T} {DAY}, the first such trip in {N} years.",
			"{S} sent its foreign minister to {TCAP} {DAY} for two days of talks on {TOPIC}."}},
	{"057", "AGREE",
		[]string{"{S} and {T} sign accord on {TOPIC}", "{S}, {T} seal agreement"},
		[]string{"{S} signed an agreement with {T} {DAY} to expand cooperation on {TOPIC}.",
			"{S} and {T} signed a treaty on {TOPIC} {DAY} at a ceremony in {TCAP}."}},
	{"112", "ACCUSE",
		[]string{"{S} accuses {T} of ceasefire violations", "{S} blames {T} for border clashes"},
		[]string{"{S} accused {T} {DAY} of violating the ceasefire along their shared border.",
			"{S} blamed {T} {DAY} for a series of clashes that killed {N} people near the border."}},
	{"111", "ACCUSE",
		[]string{"{S} condemns {TADJ} missile test", "{S} criticises {T} over rights record"},
		[]string{"{S} condemned {T} {DAY} over its latest missile test.",
			"{S} criticised {T} {DAY} for its treatment of journalists and opposition figures."}},
	{"163", "SANCTION",
		[]string{"{S} imposes new sanctions on {T}", "{S} targets {TADJ} banks with sanctions"},
		[]string{"{S} imposed new sanctions on {T} {DAY}, targeting its banks and energy exports.",
			"{S} announced sanctions against {N} {TADJ} officials and companies {DAY}."}},
	{"070", "AID",
		[]string{"{S} sends aid to {T}", "{S} pledges ${BN} billion in aid to {T}"},
		[]string{"{S} sent humanitarian aid to {T} {DAY}, including food and medical supplies.",
			"{S} pledged ${BN} billion in aid to {T} {DAY} to help rebuild roads and power lines."}},
	{"138", "THREATEN",
		[]string{"{S} warns {T} of military response", "{S} threatens {T} over border"},
		[]string{"{S} threatened {T} with military action {DAY} if its troops crossed the border.",
			"{S} warned {T} {DAY} that it would use force to defend its territory."}},
	{"100", "REQUEST",
		[]string{"{S} demands {T} release detained sailors", "{S} calls on {T} to withdraw troops"},
		[]string{"{S} demanded {DAY} that {T} release {N} detained sailors.",
			"{S} called on {T} {DAY} to withdraw its troops from the disputed area."}},
	{"190", "ASSAULT",
		[]string{"{SADJ} forces strike {TADJ} positions", "Fighting erupts between {S} and {T}"},
		[]string{"{SADJ} forces attacked {TADJ} positions near the border {DAY}, killing {N} soldiers.",
			"{S} launched air strikes on {TADJ} military sites {DAY}, the defence ministry said."}},
	{"120", "REJECT",
		[]string{"{S} rejects {TADJ} proposal", "{S} turns down {T}'s offer of talks"},
		[]string{"{S} rejected a proposal from {T} for new talks on {TOPIC} {DAY}.",
			"{S} turned down {T}'s offer of a ceasefire {DAY}, calling it a delaying tactic."}},
	{"036", "CONSULT",
		[]string{"{S} ready to meet {T} on {TOPIC}", "{S} seeks talks with {T}"},
		[]string{"{S} said {DAY} it was ready to meet {T} to negotiate over {TOPIC}.",
			"{S} offered {DAY} to hold talks with {T} on {TOPIC} within weeks."}},
}

// follow completes the lead paragraph.
var follow = []string{
	"The move came after weeks of tension between the two governments.",
	"Neither side gave further details.",
	"It was the latest sign of a shift in relations between the neighbours.",
	"Officials in {SCAP} described the outcome as a step forward.",
	"The announcement was made at a news conference in {SCAP}.",
	"{TCAP} did not immediately respond to requests for comment.",
}

// background sentences fill the body; none reports an event between two
// states.
var background = []string{
	"Trade between the two countries reached ${BN} billion last year, according to official figures.",
	"Relations have been strained since a border dispute in {YEAR}.",
	"Analysts said the decision could affect stability across the region.",
	"The {SADJ} economy grew by {PCT} percent in the last quarter, the statistics office said.",
	"About {N} thousand people live in the border area, many of them farmers.",
	"The government in {SCAP} has faced protests over rising prices this year.",
	"The {TADJ} parliament is expected to debate the issue next month.",
	"Diplomats said a summit could take place before the end of the year.",
	"Energy prices rose by {PCT} percent after the news.",
	"{X} has offered to mediate, but neither side has accepted.",
	"Opposition leaders in {TCAP} called the move a mistake.",
	"The two countries established diplomatic relations in {YEAR}.",
	"Markets in {SCAP} fell {PCT} percent in early trading.",
	"More than {N} ships pass through the nearby strait every day.",
	"The ministry said it would publish a full statement later.",
	"Observers from {X} are expected to visit the region next week.",
	"Local media reported long queues at the border crossing.",
	"Defence spending in {TCAP} has doubled since {YEAR}.",
	"The {SADJ} currency weakened by {PCT} percent against the dollar.",
	"A previous round of talks in {X} ended without agreement.",
	"Officials said about {N} people had been displaced by the fighting.",
	"The issue of water rights has divided the neighbours for decades.",
	"A spokesperson for the {TADJ} president declined to comment.",
	"Both governments face elections within the next {N} months.",
}

// quotes are paragraphs with a quotation.
var quotes = []string{
	"\u201cWe will defend our interests by every lawful means,\u201d the {SADJ} foreign minister told reporters.",
	"\u201cThis is a serious moment for the whole region,\u201d said {WHO}.",
	"\u201cDialogue remains the only way forward,\u201d a {TADJ} government spokesperson said.",
	"\u201cWe have made our position very clear,\u201d {WHO} said in a statement.",
}

var officials = []string{
	"a senior diplomat", "the deputy foreign minister", "a government spokesperson",
	"an adviser to the president", "the defence minister", "a member of parliament",
}

var topics = []string{
	"trade", "energy supplies", "border security", "fishing rights", "water sharing",
	"nuclear power", "migration", "climate finance", "grain exports", "air links",
}

type outlet struct{ name, domain string }

// outlets are fictional.
var outlets = []outlet{
	{"Daily Ledger", "dailyledger.example"}, {"Global Wire", "globalwire.example"},
	{"The Morning Post", "morningpost.example"}, {"Capital Times", "capitaltimes.example"},
	{"Northern Herald", "northernherald.example"}, {"Harbour Gazette", "harbourgazette.example"},
	{"World Desk", "worlddesk.example"}, {"The Observer Review", "observerreview.example"},
	{"Continental News", "continentalnews.example"}, {"Evening Standard Wire", "eveningwire.example"},
}
