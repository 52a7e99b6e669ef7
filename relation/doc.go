// Package relation turns stored events into what analysts ask of them:
// the relation of two countries as a time series, and the alignment graph
// of all countries with the blocs it falls into.
//
// It is pure computation over events: a Collector takes events from any
// axis.Store (Collect, paging by ID) or from a slice (Add, AddEvent),
// counts each real-world happening once however many articles report it,
// and keeps only what Options ask for (modalities, date range, which
// actors may be nodes). From a Collector, Series gives a dyad's measures
// per period and Graph the signed alignment graph; Blocs partitions a
// graph and Drifts compares countries' alignment with blocs between two
// periods. docs/relations.md explains every measure.
package relation
