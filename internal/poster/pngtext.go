package poster

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/png"

	"paxsilica/internal/view/caption"
)

// EncodeFigure writes a figure as a full-colour PNG (fast compression: it
// is drawn while the reader waits) with its title, description and address
// in iTXt chunks (UTF-8 text that image viewers and tests can read).
func EncodeFigure(img image.Image, c caption.Caption, url string) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, err
	}
	desc := c.Subtitle
	if c.Summary != "" {
		desc += ". " + c.Summary
	}
	return WithText(buf.Bytes(), [][2]string{{"Title", c.Title}, {"Description", desc}, {"Source", url}, {"Software", "Pax Silica Explorer"}})
}

// WithText inserts an iTXt chunk for each keyword and text pair after the
// PNG's header chunk. Empty texts are left out.
func WithText(p []byte, texts [][2]string) ([]byte, error) {
	const sig = 8
	if len(p) < sig+25 || string(p[12:16]) != "IHDR" {
		return nil, errors.New("poster: not a PNG")
	}
	end := sig + 25 // signature, IHDR (length, type, 13 bytes, CRC)
	var out bytes.Buffer
	out.Write(p[:end])
	for _, kv := range texts {
		if kv[1] == "" {
			continue
		}
		// keyword NUL, compression flag 0, method 0, language "" NUL, translated keyword "" NUL, text
		data := append([]byte(kv[0]), 0, 0, 0, 0, 0)
		data = append(data, kv[1]...)
		writeChunk(&out, "iTXt", data)
	}
	out.Write(p[end:])
	return out.Bytes(), nil
}

func writeChunk(w *bytes.Buffer, typ string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(typ))
	crc.Write(data)
	w.WriteString(typ)
	w.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	w.Write(n[:])
}

// ReadText returns the iTXt and tEXt chunks of a PNG by keyword.
func ReadText(p []byte) (map[string]string, error) {
	if len(p) < 8 || string(p[1:4]) != "PNG" {
		return nil, errors.New("poster: not a PNG")
	}
	out := map[string]string{}
	for i := 8; i+12 <= len(p); {
		n := int(binary.BigEndian.Uint32(p[i:]))
		if n < 0 || i+12+n > len(p) {
			return nil, errors.New("poster: truncated PNG chunk")
		}
		typ, data := string(p[i+4:i+8]), p[i+8:i+8+n]
		switch typ {
		case "tEXt":
			if k, v, ok := bytes.Cut(data, []byte{0}); ok {
				out[string(k)] = string(v)
			}
		case "iTXt":
			if k, rest, ok := bytes.Cut(data, []byte{0}); ok && len(rest) >= 2 && rest[0] == 0 {
				rest = rest[2:]
				if _, rest, ok = bytes.Cut(rest, []byte{0}); ok {
					if _, v, ok := bytes.Cut(rest, []byte{0}); ok {
						out[string(k)] = string(v)
					}
				}
			}
		case "IEND":
			return out, nil
		}
		i += 12 + n
	}
	return out, nil
}
