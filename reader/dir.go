package reader

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/axis-news/axis"
)

// readDir reads every file under dir, recursively and in lexical order,
// each by its detected format. Hidden files and directories (".git") are
// skipped, and so are files that are clearly not text (images,
// executables, archives) and JSON files holding no article fields; each
// skip is logged at debug level. Any other file that fails gives an error
// naming it, and the rest are still read.
func readDir(ctx context.Context, dir string, opts Options, fn func(*axis.Document) error) error {
	var errs []error
	found := 0
	var stop error
	walkErr := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, fmt.Errorf("read %s: %w", path, unwrapPathError(err)))
			if e != nil && e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if path != dir && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() || !e.Type().IsRegular() {
			return nil
		}
		skip, err := skipFile(path)
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		if skip != "" {
			opts.log().Debug("skipped", "input", path, "reason", skip)
			return nil
		}
		fi, err := e.Info()
		if err != nil {
			errs = append(errs, fmt.Errorf("read %s: %w", path, unwrapPathError(err)))
			return nil
		}
		found++
		err = readFile(ctx, path, fi.Size(), opts, func(d *axis.Document) error {
			if err := fn(d); err != nil {
				stop = err
				return err
			}
			return nil
		})
		if stop != nil {
			return stop
		}
		if errors.Is(err, errNotArticles) && strings.EqualFold(filepath.Ext(path), ".json") {
			found--
			opts.log().Debug("skipped", "input", path, "reason", "JSON without article fields")
			return nil
		}
		if err != nil {
			errs = append(errs, err)
		}
		return nil
	})
	if walkErr != nil {
		return walkErr
	}
	if found == 0 && len(errs) == 0 {
		return axis.Errorf(axis.ENOTFOUND, "read %s: no articles in directory", dir)
	}
	return errors.Join(errs...)
}

// skipFile says why a file is clearly not an article ("" if it may be one),
// from its first bytes.
func skipFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("read %s: %w", path, unwrapPathError(err))
	}
	defer f.Close()
	buf := make([]byte, 512)
	n, _ := f.Read(buf)
	if k := binaryKind(buf[:n]); k != "" {
		return k, nil
	}
	return "", nil
}
