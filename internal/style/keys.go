package style

import "image/color"

// Colour keys name what a chart's marks stand for. The panel's charts carry
// keys, not colours; the page gets the colours once, as CSS custom
// properties (--c-<key>), from Keys.
const (
	KeyPaxSilica     = "pax-silica"     // a Pax Silica signatory
	KeyMSP           = "msp"            // an MSP partner
	KeyChina         = "china"          // China
	KeyOther         = "other"          // any other country
	KeyRest          = "rest"           // the rest of the world, not named
	KeyBloc          = "bloc"           // an event of a bloc: launch, joining, signing
	KeyImport        = "import"         // tie types, as in Ties
	KeyAgreement     = "agreement"      //
	KeyCorridor      = "corridor"       //
	KeyExportControl = "export-control" //
	KeyEquityStake   = "equity-stake"   //
	KeyEvent         = "event"          // any other event
)

// Chart colours that are not a bloc's or a tie's.
var (
	ChartOther = color.RGBA{0x8a, 0x96, 0xa3, 0xff} // grey, a producer in no bloc
	ChartRest  = color.RGBA{0xd4, 0xda, 0xe0, 0xff} // light grey, the rest of the world
)

// Keys maps each colour key to its colour: the blocs' outline colours, the
// tie colours, greys for the rest.
var Keys = map[string]color.RGBA{
	KeyPaxSilica:     PaxSilica,
	KeyMSP:           MSP,
	KeyChina:         China,
	KeyOther:         ChartOther,
	KeyRest:          ChartRest,
	KeyBloc:          MSP,
	KeyImport:        Ties["import"],
	KeyAgreement:     Ties["agreement"],
	KeyCorridor:      Ties["corridor"],
	KeyExportControl: Ties["export-control"],
	KeyEquityStake:   Ties["equity-stake"],
	KeyEvent:         Marker,
}
