package entity

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/internal/cputime"
	"github.com/axis-news/axis/kb"
	"github.com/axis-news/axis/segment"
)

// benchDocs returns segmented documents: the dev corpus when present,
// otherwise the fixtures of testdata.
func benchDocs(b *testing.B) []*axis.Document {
	files, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	md, _ := filepath.Glob("../../shared/corpus/dev/*.md")
	files = append(files, md...)
	if len(files) == 0 {
		files, _ = filepath.Glob("testdata/*.txt")
	}
	var docs []*axis.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := axis.NewDocument()
		for _, p := range strings.Split(string(data), "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: p})
			}
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkEntity measures the segment and entity stages together, per
// byte of text, on one core.
func BenchmarkEntity(b *testing.B) {
	s := mustStage(b)
	docs := benchDocs(b)
	n := 0
	for _, d := range docs {
		for _, bl := range d.Blocks {
			n += len(bl.Text) + 2
		}
	}
	seg := segment.New()
	ctx := context.Background()
	b.SetBytes(int64(n))
	b.ResetTimer()
	cpu0 := cputime.Used()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Sentences, d.Paragraphs, d.Tokens = d.Sentences[:0], d.Paragraphs[:0], d.Tokens[:0]
			if err := seg.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, cpu0, n)
}

// BenchmarkEntityOnly measures the entity stage alone.
func BenchmarkEntityOnly(b *testing.B) {
	s := mustStage(b)
	docs := benchDocs(b)
	n := 0
	ctx := context.Background()
	for _, d := range docs {
		if err := segment.New().Process(ctx, d); err != nil {
			b.Fatal(err)
		}
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	cpu0 := cputime.Used()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, cpu0, n)
}

// reportCPU reports MB per CPU second of the process since cpu0 (the
// garbage collector's work on other cores included).
func reportCPU(b *testing.B, cpu0 time.Duration, n int) {
	if d := cputime.Used() - cpu0; d > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkBuild measures building the stage: the lexicon, the matcher and
// the KB index (the KB itself is loaded once before).
func BenchmarkBuild(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := New(k); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTokenize compares the scanner with the lexer, which also
// annotates the tokens.
func BenchmarkTokenize(b *testing.B) {
	s := mustStage(b)
	docs := benchDocs(b)
	ctx := context.Background()
	n := 0
	for _, d := range docs {
		if err := segment.New().Process(ctx, d); err != nil {
			b.Fatal(err)
		}
		n += len(d.Text)
	}
	buf := make([]tok, 0, 1<<14)
	arena := make([]byte, 0, 1<<14)
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(n))
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				buf, _ = tokenizeArena(buf[:0], d.Text, arena[:0])
			}
		}
	})
	b.Run("lex", func(b *testing.B) {
		b.SetBytes(int64(n))
		var tz tokenizer
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				tz.init(buf[:0], d.Text, arena)
				tz.lex(s)
				buf, _ = tz.finish()
				arena = tz.arena
			}
		}
	})
}

// longParagraphs are sentences written for the long-document benchmark:
// people named in full and later by surname, titles, honorifics, states,
// capitals, organisations found in the knowledge base and by their head
// words, a byline and a credit line.
var longParagraphs = []string{
	"By Pelle Marsh",
	"OSLO (Reuters) - Foreign Minister Helga Brandt of Norway met Chinese President Xi Jinping in Beijing on Tuesday, " +
		"her office said, in the first such visit in six years.",
	"\"We will not accept new sanctions,\" said Tomas Okonkwo, a senior researcher at the Lagos Institute for Policy Studies. " +
		"Mr Okonkwo added that the European Union and NATO had been slow to respond to the crisis.",
	"The Russian leader later told reporters in Moscow that the talks had failed. Putin said Russia would respond " +
		"if the new missile sites were built, and the Kremlin spokesman, Dmitry Peskov, dismissed the report as noise.",
	"Brandt said the United Nations would send observers to the border region. Officials at the Ministry of Defence in " +
		"London declined to comment, while Secretary-General Antonio Guterres urged both sides to return to the table.",
	"Protesters gathered outside the parliament in Nairobi, Kenya, where police fired tear gas. According to Maria " +
		"Villanueva, a professor of economics at the University of Chile, prices rose sharply after the vote.",
	"Germany's Chancellor Olaf Scholz and French President Emmanuel Macron will meet next week in Paris. " +
		"North Korea fired two missiles into the sea, the South Korean military said. The North has tested more " +
		"than a dozen rockets this year, Seoul said.",
	"Ukrainian forces reported heavy fighting near Kharkiv. The World Bank cut its growth forecast for Argentina " +
		"and Brazil, and Sen. Laura Whitfield, D-Ore., called the deal a mistake.",
	"A spokeswoman for the Turkish Foreign Ministry said Ankara was ready to mediate. Villanueva said the central " +
		"bank had little room to cut rates, and the spokeswoman said the minister would travel to Cairo on Friday.",
	"Reporting by Pelle Marsh; Editing by Ruth Calder",
	"Deputy Prime Minister NAME of Portugal said the plan was sound, and SURNAME later told a radio station " +
		"that Lisbon would back it. \"It is the only way,\" SURNAME said.",
	"The minister spoke after NAME, a lecturer at the Institute of International Affairs in Rome, warned of delays.",
	"Lula said the trade talks had gone well. In Atlanta, the Georgia governor met farmers, and the deputy " +
		"director of the port authority, NAME, said exports would rise.",
	"SURNAME later told the council that the port would stay open.",
}

// Given names and surnames made up for the long documents: each round of
// longParagraphs names other people.
var (
	longGiven = []string{"Anna", "Bruno", "Clara", "Dario", "Elena", "Felix", "Greta", "Hugo", "Irene", "Jonas",
		"Karin", "Luca", "Marta", "Nils", "Olga", "Pavel", "Rosa", "Stefan", "Tina", "Viktor"}
	longSurnames = []string{"Albrecht", "Bellini", "Carvalho", "Dunmore", "Ekholm", "Falkner", "Gorska", "Halloran",
		"Ivanic", "Jaskula", "Kettering", "Lindqvist", "Moravec", "Nordahl", "Ostrander", "Pellegrin", "Quaresma",
		"Rautio", "Sandoval", "Tasker", "Ulbrich", "Varga", "Wexford", "Yelland", "Zavala", "Abernathy", "Brodeur",
		"Castellan", "Drummond", "Esterhaz"}
)

// longDoc returns a segmented document of about size bytes made by
// repeating longParagraphs, each round with another made-up person.
func longDoc(tb testing.TB, size int) *axis.Document {
	tb.Helper()
	d := axis.NewDocument()
	d.Meta.Date = "2023-06-14"
	n := 0
	for round := 0; n < size; round++ {
		g := longGiven[round%len(longGiven)]
		sur := longSurnames[round/len(longGiven)%len(longSurnames)]
		for _, p := range longParagraphs {
			p = strings.ReplaceAll(strings.ReplaceAll(p, "NAME", g+" "+sur), "SURNAME", sur)
			d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: p})
			n += len(p) + 2
		}
	}
	if err := segment.New().Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	return d
}

// BenchmarkEntityLong measures the entity stage on one long document of
// each size: the throughput should not fall with the length.
func BenchmarkEntityLong(b *testing.B) {
	s := mustStage(b)
	ctx := context.Background()
	for _, size := range []int{2 << 10, 64 << 10, 1 << 20} {
		d := longDoc(b, size)
		b.Run(itoa(size>>10)+"KB", func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			cpu0 := cputime.Used()
			for i := 0; i < b.N; i++ {
				if err := s.Process(ctx, d); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu0, len(d.Text))
		})
	}
}
