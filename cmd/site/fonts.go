package main

// fontDir is the folder of the built site that holds the web fonts of
// scripts other than Latin (fonts/, from assets/fonts/). app.css declares
// them for :lang() only, so an English reader fetches none.
const fontDir = "fonts"
