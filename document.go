package axis

// Document is one article and everything extracted from it: the axis/v1
// contract. Fields tagged json:"-" are working state shared between stages.
type Document struct {
	Schema    string     `json:"schema"`
	Meta      Meta       `json:"document"`
	Text      string     `json:"text"`
	Sentences []Sentence `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Quotes    []Quote    `json:"quotes"`
	Events    []Event    `json:"events"`
	Treaties  []Treaty   `json:"treaties"`
	Dates     []Date     `json:"dates"`
	Amounts   []Amount   `json:"amounts"`

	// Blocks is the article as a reader found it, before normalisation.
	Blocks []Block `json:"-"`
	// Paragraphs are the blocks as spans of Text.
	Paragraphs []Paragraph `json:"-"`
	// Tokens of Text, in order; Sentence.FirstToken indexes into it.
	Tokens []Token `json:"-"`
}

// Meta describes where a document came from.
type Meta struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Date     string `json:"date"` // YYYY-MM-DD or ""
	Byline   string `json:"byline"`
	Source   string `json:"source"`
	URL      string `json:"url"`
	Language string `json:"language"`
}

// Kind of a block, paragraph or sentence.
const (
	KindHeadline = "headline"
	KindByline   = "byline"
	KindDateline = "dateline"
	KindHeading  = "heading"
	KindBody     = "body"
)

// Block is a paragraph-level piece of an article as read, before the text is
// normalised: a headline, a byline, a date line, a sub-heading or a body
// paragraph.
type Block struct {
	Kind string
	Text string
}

// Paragraph is a block placed in Document.Text.
type Paragraph struct {
	Start, End int
	Kind       string
}

// Sentence is a span of Text. Kind is one of the Kind constants.
type Sentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
	// Paragraph is the index in Document.Paragraphs where the sentence starts.
	Paragraph int `json:"-"`
	// FirstToken and EndToken delimit the sentence's tokens in Document.Tokens.
	FirstToken int `json:"-"`
	EndToken   int `json:"-"`
}

// Token is a word, number or punctuation mark of Text.
type Token struct {
	Start, End int
}

// Entity kinds.
const (
	EntityPerson       = "person"
	EntityCountry      = "country"
	EntityOrganization = "organization"
	EntityLocation     = "location"
)

// Entity is an actor or place referred to in the document, with every
// mention of it. Country is the ISO 3166-1 alpha-3 code of the state it
// belongs to (or an IGO code such as UNO or NATO for IGO officials); Code is
// the entity's own code where it has one (RUS for Russia, NATO for NATO).
type Entity struct {
	ID          string    `json:"id"`
	Kind        string    `json:"kind"`
	Name        string    `json:"name"`
	Country     string    `json:"country"`
	Code        string    `json:"code"`
	Role        string    `json:"role"`
	Affiliation string    `json:"affiliation"`
	Mentions    []Mention `json:"mentions"`
	// Rule names what recognised the entity (a knowledge-base entry, a
	// context pattern), for explanations.
	Rule string `json:"rule,omitempty"`
}

// Mention is one place in Text where an entity is referred to.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Quote is a direct quotation and who said it.
type Quote struct {
	Text        string `json:"text"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Speaker     string `json:"speaker"` // entity ID, or ""
	SpeakerName string `json:"speaker_name"`
	Role        string `json:"role,omitempty"`
	Affiliation string `json:"affiliation,omitempty"`
	Country     string `json:"country,omitempty"`
	Cue         string `json:"cue"`
	Medium      string `json:"medium,omitempty"`
}

// Actor is one side of an event.
type Actor struct {
	Entity  string `json:"entity"` // entity ID, or ""
	Name    string `json:"name"`
	Country string `json:"country"`
	Code    string `json:"code"`
}

// Event modalities.
const (
	ModalityAsserted     = "asserted"
	ModalityAlleged      = "alleged"
	ModalityDenied       = "denied"
	ModalityNegated      = "negated"
	ModalityFuture       = "future"
	ModalityHypothetical = "hypothetical"
)

// Event is a coded interaction between two actors.
type Event struct {
	ID            string  `json:"id"`
	Source        Actor   `json:"source"`
	Target        Actor   `json:"target"`
	CAMEO         string  `json:"cameo"`
	PLOVER        string  `json:"plover"`
	QuadClass     int     `json:"quad_class"`
	Goldstein     float64 `json:"goldstein"`
	Date          string  `json:"date"`
	DatePrecision string  `json:"date_precision"`
	Modality      string  `json:"modality"`
	ClaimedBy     string  `json:"claimed_by"`
	// Mode is PLOVER's how ("aerial", "arrest", "visit"), Context its
	// what-about ("military", "nuclear"), where the text shows them.
	Mode     string   `json:"mode,omitempty"`
	Context  []string `json:"context,omitempty"`
	Sentence int      `json:"sentence"` // index in Document.Sentences
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Rule     string   `json:"rule"`
}

// Treaty is a named agreement between parties and its relation to others.
type Treaty struct {
	ID        string           `json:"id"`
	Name      string           `json:"name"`
	Parties   []string         `json:"parties"`
	Date      string           `json:"date"`
	Start     int              `json:"start"`
	End       int              `json:"end"`
	Relations []TreatyRelation `json:"relations"`
}

// TreatyRelation links a treaty to another: "replaces", "echoes", "amends".
type TreatyRelation struct {
	Kind   string `json:"kind"`
	Treaty string `json:"treaty"` // Treaty.ID
}

// Date precisions.
const (
	PrecisionDay      = "day"
	PrecisionMonth    = "month"
	PrecisionYear     = "year"
	PrecisionDecade   = "decade"
	PrecisionDuration = "duration"
)

// Date is a temporal expression. Value is resolved against the document date:
// YYYY-MM-DD, YYYY-MM, YYYY, YYYYs for a decade, an ISO 8601 duration such as
// P80Y, or "" when it cannot be resolved.
type Date struct {
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Value     string `json:"value"`
	Precision string `json:"precision"`
}

// Amount is a quantity: money, a count of things, a percentage or a
// distance. Value is the number after scale words ("$240bn" is 2.4e11).
type Amount struct {
	Text        string  `json:"text"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Value       float64 `json:"value"`
	Unit        string  `json:"unit"`
	Object      string  `json:"object"`
	Approximate bool    `json:"approximate"`
}

// NewDocument returns an empty document of the current schema whose lists
// are empty rather than null in JSON.
func NewDocument() *Document {
	return &Document{
		Schema:    Schema,
		Sentences: []Sentence{},
		Entities:  []Entity{},
		Quotes:    []Quote{},
		Events:    []Event{},
		Treaties:  []Treaty{},
		Dates:     []Date{},
		Amounts:   []Amount{},
	}
}

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case off < d.Sentences[m].Start:
			hi = m
		case off >= d.Sentences[m].End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}
