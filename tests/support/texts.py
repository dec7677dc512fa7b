"""Small texts several tests convert."""

ZH = "标题\n\n正文第一段，讲的是一件事。\n\n第二段，讲的是另一件事。\n"
# right-to-left scripts and emoji sequences (ZWJ, skin tones, flags) every format must carry
RTL = ["مرحبا بالعالم، هذا نص عربي.", "שלום עולם 😀👍🏽 👨\u200d👩\u200d👧 🇨🇳 text.", "Ok 😀."]
