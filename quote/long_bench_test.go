package quote_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/axis-news/axis/internal/benchcpu"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/quote"
	"github.com/axis-news/axis/reader"
)

// longParagraphs are the paragraphs a long document is built of, written
// for this benchmark: quotations opening their sentence, partial quotes,
// pronouns, roles in apposition, "according to", a document that speaks,
// scare quotes and titles. %[1]s and %[2]s are people (given name and
// surname), %[3]s an organisation, %[4]s a place, %[5]s the first
// person's surname.
var longParagraphs = []string{
	"The %[3]s presented a new plan for the harbour of %[4]s on Monday. “We will rebuild the docks before winter,” said %[1]s, the director of the %[3]s.",
	"%[5]s told reporters the cost would be “manageable” and added that the talks with %[2]s had been “productive and frank.”",
	"“There is no money left for this,” %[2]s said in a statement. “The council was never consulted.”",
	"A spokesman for the %[3]s, Lt Col %[1]s, said the delays were “regrettable but unavoidable.” The spokesman later said the agency would “look again” at the figures.",
	"According to %[2]s, the budget has “doubled in two years.” Critics mocked what they called the “Harbour Miracle” in %[4]s.",
	"“We are ready,” he said, adding that the first ships could dock “within weeks.”",
	"The report says the port “must not close” during the works, and the ministry said it agreed with the so-called “quiet phase” of the plan.",
	"Mr. %[5]s described the project as “the largest since the war” in an interview with the %[4]s Herald, while %[2]s, a professor at the University of %[4]s, warned that “nobody has checked the soil.”",
	"“It is not over,” the professor said. “They have to publish the numbers,” she added.",
}

var (
	longGiven   = []string{"Laura", "Daniel", "Sofia", "Thomas", "Anna", "Martin", "Helena", "Peter", "Julia", "Victor", "Ingrid", "Simon"}
	longSurname = []string{"Varga", "Okonkwo", "Lindqvist", "Moreau", "Halvorsen", "Brandt", "Kowalczyk", "Ferreira", "Nakamura", "Oyelaran", "Castellanos", "Petrakis", "Albescu"}
	longOrg     = []string{"Harbour Authority", "Regional Transport Council", "Coastal Workers Union", "Ministry of Ports"}
	longPlace   = []string{"Elsworth", "Karvik", "Lomond Bay", "Santa Irene", "Brightwater"}
)

// longText returns a plain-text article of at least size bytes: a
// headline and paragraphs of longParagraphs whose people, organisations
// and places change from one round to the next.
func longText(size int) string {
	var b strings.Builder
	b.WriteString("Harbour plan divides the coast\n\n")
	for i := 0; b.Len() < size; i++ {
		g1, s1 := longGiven[i%len(longGiven)], longSurname[(i/3)%len(longSurname)]
		g2, s2 := longGiven[(i+5)%len(longGiven)], longSurname[(i/2+7)%len(longSurname)]
		org, place := longOrg[i%len(longOrg)], longPlace[(i/4)%len(longPlace)]
		p := longParagraphs[i%len(longParagraphs)]
		fmt.Fprintf(&b, p, g1+" "+s1, g2+" "+s2, org, place, s1)
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkLongDocument times the quote stage over one document of each
// size (built by longText, processed up to the entity stage outside the
// timer): the time per byte should not grow with the length.
func BenchmarkLongDocument(b *testing.B) {
	p, err := pipeline.New(pipeline.Options{NoQuotes: true, NoEvents: true})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	s := quote.New()
	for _, size := range []int{2 << 10, 64 << 10, 1 << 20, 4 << 20} {
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			ds, err := reader.Parse("long.txt", []byte(longText(size)))
			if err != nil || len(ds) != 1 {
				b.Fatalf("parse: %d documents, %v", len(ds), err)
			}
			d := ds[0]
			if err := p.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(d.Text)))
			b.ReportAllocs()
			defer benchcpu.Report(b, int64(len(d.Text)))()
			for b.Loop() {
				d.Quotes = nil
				if err := s.Process(ctx, d); err != nil {
					b.Fatal(err)
				}
			}
			if len(d.Quotes) == 0 {
				b.Fatal("no quotations")
			}
		})
	}
}
