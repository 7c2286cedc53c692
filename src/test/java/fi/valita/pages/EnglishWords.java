package fi.valita.pages;

import java.util.Set;

/**
 * English words that have no place on a Finnish or Swedish page: the commonest words of English sentences and
 * the words of the application's own English texts (buttons, headings, kinds of fees, months, weekdays).
 *
 * <p>Matched as whole words and with their case, so that they cannot hit Finnish or Swedish. Left out on
 * purpose, because they are also Finnish or Swedish words or abbreviations: "on" (fi "is"), "to" (fi Thursday),
 * "in", "is", "as", "by", "at", "for", "must", "no", "Fri" (sv), "Total", "Status", "Offer" (sv "victim"),
 * "Expert" (sv), and the months that Swedish writes alike and capitalises at the start of a heading ("April",
 * "September", "November", "December").
 * Lower-case nouns are left out too: they are in the links of e-mails (".../assignments/...").
 */
final class EnglishWords {

    private EnglishWords() {}

    static final Set<String> LIST = Set.of(
            // Words of English sentences
            "the", "The", "and", "of", "or", "with", "from", "your", "Your", "you", "You", "this", "This", "that",
            "these", "there", "There", "their", "they", "They", "we", "We", "our", "Our", "if", "If", "not",
            "are", "was", "were", "will", "have", "has", "been", "can", "cannot", "should", "which", "what", "What",
            "when", "When", "where", "Where", "who", "Who", "here", "Here", "please", "Please", "it's", "don't",
            "can't", "isn't", "doesn't", "won't", "you're",
            // Words of the application's English texts
            "Submit", "Save", "Cancel", "Back", "Error", "Errors", "Fee", "Fees", "Report", "Send", "Delete",
            "Remove", "Edit", "Add", "Close", "Search", "Download", "Upload", "Choose", "Select", "Yes", "Login",
            "Logout", "Log", "Sign", "Password", "Email", "Notifications", "Settings", "Request", "Requests",
            "Offers", "Assignment", "Assignments", "Experts", "Coordinator", "Coordinators", "Requester",
            "Hours", "Tickets", "Receipt", "Receipts", "Draft", "Approved", "Paid", "Declined", "Daily",
            "allowance", "Kilometre", "Kilometres", "Parking", "Other", "Amount", "Month", "Year", "Week", "Day",
            "Days", "Today", "Tomorrow", "Yesterday", "Example", "Check", "Show", "Hide", "More", "Name", "Phone",
            "Address", "Description", "Notes", "Details", "Profile", "Work", "Travel", "Tax", "Skip", "Privacy",
            "New", "Open", "None", "Next", "Previous",
            // Months and weekdays, whole and short, as an English date format writes them
            "January", "February", "March", "May", "June", "July", "August", "October", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed",
            "Thu", "Sat", "Sun");
}
