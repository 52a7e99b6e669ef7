package relation

// DayString is dayString, for tests.
var DayString = dayString
