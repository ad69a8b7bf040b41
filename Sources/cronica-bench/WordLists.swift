/// The vocabulary of the synthetic chronology: actors, actions, objects, places and phrases.
///
/// Accented place names ("Culiacán", "Mérida") keep diacritic folding in the measured path.
enum WordLists {
  static let actors = [
    "The Mexican Navy", "The U.S. Treasury", "The DEA", "Mexico's Attorney General", "The National Guard",
    "The State Department", "Customs and Border Protection", "The ATF", "Mexico's Security Cabinet",
    "The U.S. Senate", "The Mexican Senate", "The Federal Police", "The Bilateral Security Group",
    "Homeland Security", "The Mexican Army", "The Financial Intelligence Unit", "Mexico's Supreme Court",
    "The Justice Department", "The governor of Chihuahua", "The governor of Sinaloa", "Mexico's president",
    "The U.S. president", "The Coast Guard", "The FBI", "Mexico's customs agency", "The health ministry",
    "The White House", "The foreign ministry", "A federal judge", "The Sinaloa Cartel",
    "The Jalisco New Generation Cartel", "The Gulf Cartel", "Congressional investigators", "Local police",
  ]
  static let actions = [
    "seizes", "announces", "extradites", "arrests", "signs", "reports on", "launches", "suspends",
    "expands", "investigates", "designates", "sanctions", "dismantles", "funds", "reviews", "renews",
    "questions", "publishes", "prosecutes", "inspects", "tracks", "freezes", "doubles", "cuts",
  ]
  static let pastActions = [
    "seized", "announced", "extradited", "arrested", "signed", "reported", "launched", "suspended",
    "expanded", "investigated", "designated", "sanctioned", "dismantled", "funded", "reviewed", "renewed",
  ]
  static let objects = [
    "fentanyl precursor shipments", "a precursor chemical network", "straw purchases of rifles",
    "cross-border gun smuggling", "bulk cash transfers", "money laundering accounts", "heroin laboratories",
    "poppy fields", "methamphetamine labs", "an extradition request", "extradition of cartel leaders",
    "a security cooperation plan", "border inspection equipment", "a judicial reform", "police vetting",
    "homicide statistics", "a drug treatment program", "a migration agreement", "tariff threats",
    "terrorist designations", "a joint task force", "asset forfeiture rules", "port security at Manzanillo",
    "a corruption inquiry", "the Mérida Initiative", "the Bicentennial Framework", "overdose data",
    "synthetic opioid imports", "a weapons tracing program", "cargo scanners", "witness protection",
  ]
  static let places = [
    "Culiacán", "Ciudad Juárez", "Mérida", "Querétaro", "Tijuana", "Nuevo León", "Michoacán", "Sinaloa",
    "El Paso", "San Diego", "Nogales", "Laredo", "Reynosa", "Matamoros", "Acapulco", "Guadalajara",
    "Mexico City", "Washington", "Monterrey", "Tamaulipas", "Sonora", "Guerrero", "Zacatecas", "Manzanillo",
    "Lázaro Cárdenas", "Chihuahua", "Veracruz", "Oaxaca", "Puebla", "Tucson", "Phoenix", "Houston",
  ]
  static let reasons = [
    "a rise in overdose deaths", "months of negotiation", "a wave of violence", "pressure from Congress",
    "a court ruling", "new seizure figures", "a diplomatic visit", "a leaked report", "an audit",
    "complaints from border towns", "a spike in homicides", "an agreement between both governments",
  ]
  static let outcomes = [
    "would take years to show results", "was overdue", "had already reduced seizures",
    "lacked funding", "was a first step", "would be reviewed within a year", "faced legal challenges",
    "strengthened cooperation", "had little effect on violence", "needed better data",
  ]
  static let sources = [
    "officials", "the Congressional Research Service", "court filings", "government figures",
    "local reporters", "a Wilson Center study", "the attorney general's office", "customs records",
    "a Senate hearing", "health authorities", "prosecutors", "an internal review",
  ]
  static let drugs = ["fentanyl", "heroin", "methamphetamine", "cocaine", "precursor chemicals", "firearms"]
  static let outlets = [
    "The Border Ledger", "Security Review", "The Northern Courier", "Gaceta del Norte", "The Policy Desk",
    "Frontera Semanal", "The Atlantic Brief", "El Observador",
  ]
  static let authors = [
    "Ana Beltrán", "John Carter", "María José Núñez", "David Lee", "Sofía Ramírez", "Peter Walsh",
    "Lucía Hernández", "Robert Chen", "Isabel Ortega", "James Miller", "Elena Ruiz", "Thomas Grant",
  ]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
}
