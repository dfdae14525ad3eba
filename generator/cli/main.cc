// insyn: publishes a board's risk analysis, control plan, project appendix and competence plan as a
// static site. This file only maps the command line onto the commands in commands.h.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "cli/office_commands.h"

int main(int argc, char** argv) {
  CLI::App app{"insyn: builds a board's plans into an accessible static site"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("insyn ") + INSYN_VERSION);

  insyn::CommonOptions options;
  std::string out = "public";
  auto add_common = [&](CLI::App* cmd) {
    cmd->add_option("--content", options.content, "content folder")->capture_default_str();
    cmd->add_option("--themes", options.themes,
                    "folder holding the themes (default: themes/ beside the content)");
    cmd->add_flag("--strict", options.strict, "treat warnings as errors");
    cmd->add_flag("-v,--verbose", options.verbose, "also print info-level findings");
  };

  CLI::App* check = app.add_subcommand("check", "load and validate the content; print the findings");
  add_common(check);
  check
      ->add_option("--format", options.format,
                   "how findings are printed: human (stderr) or json (JSON Lines, stdout)")
      ->capture_default_str()
      ->check(CLI::IsMember({"human", "json"}));
  CLI::App* build = app.add_subcommand("build", "check, then render the site into the output folder");
  add_common(build);
  build->add_option("--out", out, "output folder, replaced atomically")->capture_default_str();

  int archive_year = 0;
  bool replace = false;
  CLI::App* archive =
      app.add_subcommand("archive", "freeze a plan year as a snapshot in <content>/arkiv/YEAR/ (BagIt)");
  add_common(archive);
  archive->add_option("YEAR", archive_year, "the plan year")->required()->check(CLI::Range(1900, 2999));
  archive->add_flag("--replace", replace, "replace an existing snapshot of the year");
  std::string sign_key;
  archive->add_option("--sign-key", sign_key, "Ed25519 private key (PEM): sign the tag manifest");

  std::string verify_dir;
  CLI::App* verify = app.add_subcommand("verify", "check a snapshot against its manifests and its pin");
  verify->add_option("DIR", verify_dir, "the snapshot folder, e.g. public/arkiv/2019")->required();
  std::string pins_file, public_key;
  verify->add_option("--pins", pins_file, "the register of pins (default: pins.json beside DIR)");
  verify->add_option("--public-key", public_key, "Ed25519 public key (PEM): also check the bag's signature");

  std::string bind = "127.0.0.1";
  int port = 1313;
  CLI::App* serve = app.add_subcommand("serve", "preview the site with live reload (builds into memory)");
  add_common(serve);
  serve->add_option("--bind", bind, "address to listen on")->capture_default_str();
  serve->add_option("--port", port, "port to listen on (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  std::string serve_out;
  serve->add_option("--out", serve_out,
                    "also write every good build to this folder, as build does (default: memory only)");

  std::string import_file, org;
  int import_year = 0;
  CLI::App* import = app.add_subcommand("import",
                                        "read a risk register, control plan or project list (.xlsx sheets "
                                        "Risker, Kontroller, Projekt, or CSV) into a plan year");
  add_common(import);
  import->add_option("FILE", import_file, "the workbook or CSV file")->required();
  import->add_option("ORG", org, "the board's folder, e.g. amn")->required();
  import->add_option("YEAR", import_year, "the plan year")->required()->check(CLI::Range(1900, 2999));

  int new_year = 0, from_year = 0;
  CLI::App* new_year_cmd =
      app.add_subcommand("new-year", "start plan year YEAR of a board from an earlier year");
  add_common(new_year_cmd);
  new_year_cmd->add_option("ORG", org, "the board's folder, e.g. amn")->required();
  new_year_cmd->add_option("YEAR", new_year, "the new plan year")->required()->check(CLI::Range(1900, 2999));
  new_year_cmd->add_option("--from", from_year, "the year to start from (default: the latest before YEAR)")
      ->check(CLI::Range(1900, 2999));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : insyn::kExitFailure;
  }
  // The commands report bad input themselves; this is the last guard, so that an overlooked case
  // (a path the file system refuses, say) is an error message and exit 2, never an abort.
  try {
    if (*check) return insyn::run_check(options);
    if (*build) return insyn::run_build(options, out);
    if (*archive) return insyn::run_archive(options, archive_year, replace, sign_key);
    if (*verify) return insyn::run_verify(verify_dir, pins_file, public_key);
    if (*import) return insyn::run_import(options, import_file, org, import_year);
    if (*new_year_cmd)
      return insyn::run_new_year(options, org, new_year,
                                 from_year ? std::optional<int>(from_year) : std::nullopt);
    if (*serve) return insyn::run_serve(options, bind, port, serve_out);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
  }
  return insyn::kExitFailure;
}
