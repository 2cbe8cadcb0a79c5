# The five questions of the journalists' guide, answered through the tracker's API with httr2
# and readr. Run it against any tracker site:
#
#     Rscript examples/journalist_questions.R http://127.0.0.1:8000 江北区 2021
#
# Arguments: base URL, government (full name, unique short name or id), year. Set the
# environment variable TRACKER_TOKEN for a higher rate limit. Lists hold reviewed rows; each
# answer says how many unreviewed rows matched too; TRACKER_INCLUDE_UNREVIEWED=true lists them.
# Needs install.packages(c("httr2", "readr")); nothing else from this repository.

suppressPackageStartupMessages({
  library(httr2)
  library(readr)
})

args <- commandArgs(trailingOnly = TRUE)
base_url <- if (length(args) >= 1) args[[1]] else "http://127.0.0.1:8000"
government <- if (length(args) >= 2) args[[2]] else "江北区"
year <- if (length(args) >= 3) args[[3]] else "2021"
unreviewed <- if (Sys.getenv("TRACKER_INCLUDE_UNREVIEWED") == "true") "true" else NULL
api <- paste0(sub("/$", "", base_url), "/api/v1/")

# A GET that stops with the API's own message on a 400 (a misspelt parameter, an ambiguous name).
api_get <- function(path, ...) {
  url <- if (startsWith(path, "http")) path else paste0(api, path)
  request <- request(url) |> req_url_query(...) |> req_error(is_error = function(resp) FALSE)
  token <- Sys.getenv("TRACKER_TOKEN")
  if (nzchar(token)) request <- request |> req_headers(Authorization = paste("Token", token))
  response <- req_perform(request)
  if (resp_status(response) == 400) {
    stop("The API refused ", url, ": ", resp_body_string(response), call. = FALSE)
  }
  if (resp_status(response) >= 300) stop("HTTP ", resp_status(response), " for ", url, call. = FALSE)
  response
}

# Every row of a list, following `next`; prints how many unreviewed rows were left out.
all_rows <- function(path, ...) {
  page <- resp_body_json(api_get(path, page_size = 500, ...))
  rows <- page$results
  hidden <- if (is.null(page$hidden_provisional)) 0 else page$hidden_provisional
  while (!is.null(page[["next"]])) {
    page <- resp_body_json(api_get(page[["next"]]))
    rows <- c(rows, page$results)
  }
  if (hidden > 0) cat(sprintf("  (%d unreviewed rows match too: set TRACKER_INCLUDE_UNREVIEWED=true)\n", hidden))
  rows
}

text_or_na <- function(value) if (is.null(value)) NA_character_ else as.character(value)

cat(sprintf("1. Every target %s set for %s, with its verdict and quote\n", government, year))
first <- all_rows("assessments/", jurisdiction = government, year = year, period = year,
                  include_unreviewed = unreviewed)
for (row in first) {
  cat(sprintf("  %s | %s | %s | %s\n", row$jurisdiction_name, row$verdict, row$target$quote,
              text_or_na(row$outcome$quote)))
}

cat("\n2. Every missed GDP target, across governments\n")
for (row in all_rows("assessments/", indicator = "GDP", verdict = "missed", include_unreviewed = unreviewed)) {
  cat(sprintf("  %s %s: target %s, actual %s | %s\n", row$jurisdiction_name, row$year, row$target$value,
              text_or_na(row$outcome$value), row$target$quote))
}

cat("\n3. A CSV of every assessment, Chinese column names\n")
csv_text <- resp_body_string(api_get("assessments/", format = "csv", lang = "zh", include_unreviewed = unreviewed),
                             encoding = "UTF-8")
table <- read_csv(I(csv_text), show_col_types = FALSE)
cat(sprintf("  %d rows, columns %s ...\n", nrow(table), paste(head(names(table), 6), collapse = ", ")))

cat("\n4. What reviewers corrected in the last week\n")
changes <- all_rows("changes/", since = format(Sys.Date() - 7))
for (change in changes) cat(sprintf("  %s %s\n", substr(change$changed_at, 1, 10), change$title))
if (length(changes) == 0) cat("  (none)\n")

cat("\n5. A permalink to cite one number\n")
if (length(first) > 0) {
  url <- first[[1]]$target$html_url
  status <- resp_status(req_perform(request(url)))
  cat(sprintf("  %s -> %d, the evidence page of: %s\n", url, status, first[[1]]$target$quote))
} else {
  cat("  (question 1 found no row to cite)\n")
}
