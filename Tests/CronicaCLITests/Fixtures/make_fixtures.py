# Regenerates the CLI test fixture corpora (valid, broken, no-events, warnings): run from this folder.
# The valid corpus carries hostile titles (ESC sequences, C1, bidi override) and formula-like cells on purpose.
import json, os
def write(folder, manifest, events, themes, articles):
    os.makedirs(folder+"/articles", exist_ok=True)
    json.dump(manifest, open(folder+"/manifest.json","w"), indent=2, ensure_ascii=True)
    json.dump(events, open(folder+"/events.json","w"), indent=2, ensure_ascii=True)
    json.dump(themes, open(folder+"/themes.json","w"), indent=2, ensure_ascii=True)
    for name, text in articles.items():
        open(folder+"/articles/"+name,"w").write(text)

themes = {"format_version":1,"themes":[
 {"key":"arms","label":"Arms trafficking","description":"Guns smuggled south across the border.","phrases":["guns","firearms"]},
 {"key":"cash","label":"Cash flow","description":"Bulk cash and money laundering.","phrases":["cash","laundering"]},
 {"key":"fentanyl","label":"Fentanyl","description":"Fentanyl and synthetic opioids.","phrases":["fentanyl"]},
 {"key":"diplomacy","label":"Diplomacy","description":"Meetings, dialogues and joint strategies.","phrases":["dialogue","meeting"]},
]}
artA = """Merida Report

The M\u00e9rida Initiative was signed in June 2008 to fund security cooperation.

In 2019 agents seized thousands of guns headed south.

Investigators traced $2 million in bulk cash in June 2019.
"""
artB = """Fentanyl Notes

Overdose deaths from fentanyl rose in the first half of 2020.

Officials met in Mexico City for a high-level security dialogue in October 2023.
"""
manifest = {"format_version":1,"articles":[
 {"id":"a-report","title":"The M\u00e9rida \u001b[2Jreport","outlet":"Fixture Times","authors":["Ana P\u00e9rez"],
  "published":"2023-11","published_display":"November 2023","date_basis":"stated in the byline","origin":"a.txt"},
 {"id":"b-notes","title":"Fentanyl notes","title_supplied":True,"outlet":"=Fixture Weekly","authors":[],
  "published":None,"published_display":"unknown","date_basis":"no date in the text","origin":"b.txt"},
]}
events = [
 {"id":"talks-2023","start":"2023-10","display":"October 2023","kind":"meeting","title":"@ High-level security dialogue",
  "summary":"Officials met in Mexico City.","themes":["diplomacy","fentanyl"],
  "citations":[{"article":"b-notes","quote":"Officials met in Mexico City for a high-level security dialogue in October 2023."},
               {"article":"a-report","quote":"to fund security cooperation"}]},
 {"id":"merida-2008","start":"2008-06","display":"June 2008","kind":"agreement","title":"M\u00e9rida Initiative signed",
  "summary":"The United States and Mexico launched the M\u00e9rida Initiative.","themes":["diplomacy"],
  "citations":[{"article":"a-report","quote":"The M\u00e9rida Initiative was signed in June 2008 to fund security cooperation."}]},
 {"id":"guns-2019","start":"2019","display":"2019","kind":"statistic","title":"Guns \u001b[31mseized\u001b[0m at the border",
  "summary":"Agents seized thousands of guns.\u0007","themes":["arms"],
  "citations":[{"article":"a-report","quote":"In 2019 agents seized thousands of guns headed south."}]},
 {"id":"cash-2019-06","start":"2019-06-15","display":"June 15, 2019","kind":"report","title":"=HYPERLINK(\"http://evil.example\")",
  "summary":"-2 million dollars, \"bulk\", traced","themes":["cash","arms"],
  "citations":[{"article":"a-report","quote":"Investigators traced $2 million in bulk cash in June 2019."}]},
 {"id":"fentanyl-2020","start":"2020-01","end":"2020-06","display":"first half of 2020","kind":"statistic",
  "title":"Fentanyl \u0085deaths\u202e rise","summary":"+ Overdose deaths rose.","themes":["fentanyl"],
  "citations":[{"article":"b-notes","quote":"Overdose deaths from fentanyl rose in the first half of 2020."}]},
]
write("valid", manifest, {"format_version":1,"events":events}, themes, {"a.txt":artA, "b.txt":artB})

broken_manifest = {"format_version":1,"articles":[
 manifest["articles"][0],
 {"id":"c-missing","title":"Missing","outlet":"Nowhere","authors":[],"published":"2020","published_display":"2020",
  "date_basis":"none","origin":"missing.txt"},
]}
broken_events = {"format_version":1,"events":[
 events[1],
 {"id":"merida-2008","start":"2009","display":"2009","kind":"agreement","title":"Duplicate","summary":"dup",
  "themes":["diplomacy"],"citations":[{"article":"a-report","quote":"The M\u00e9rida Initiative was signed"}]},
 {"id":"bad-theme","start":"2019","display":"2019","kind":"statistic","title":"Unknown theme","summary":"x",
  "themes":["weapons"],"citations":[{"article":"a-report","quote":"In 2019 agents seized"}]},
 {"id":"bad-quote","start":"2019","display":"2019","kind":"statistic","title":"Quote not in text","summary":"x",
  "themes":["arms"],"citations":[{"article":"a-report","quote":"This sentence \u001b[31mis not in the article."}]},
 {"id":"bad-article","start":"2020","end":"2019","display":"2020","kind":"statistic","title":"Unknown article","summary":"x",
  "themes":["arms"],"citations":[{"article":"zz-none","quote":"anything"}]},
]}
write("broken", broken_manifest, broken_events, themes, {"a.txt":artA})
os.makedirs("no-events/articles", exist_ok=True)
json.dump(manifest, open("no-events/manifest.json","w"), indent=2)
json.dump(themes, open("no-events/themes.json","w"), indent=2)
open("no-events/articles/a.txt","w").write(artA); open("no-events/articles/b.txt","w").write(artB)
import copy
warn_events = copy.deepcopy(events)
for e in warn_events:
    if e["id"] == "cash-2019-06": e["themes"] = ["arms"]
write("warnings", manifest, {"format_version":1,"events":warn_events}, themes, {"a.txt":artA, "b.txt":artB})
