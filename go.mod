module github.com/axis-news/axis

go 1.26.8
