#include "secaction/io/inputs.hpp"

#include <algorithm>
#include <system_error>

#include "secaction/core/error.hpp"

namespace secaction::io {
namespace fs = std::filesystem;
namespace {

bool has_extension(const fs::path& path, const std::vector<std::string>& extensions) {
  const std::string extension = path.extension().string();
  return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

void collect_directory(const std::string& dir, const std::vector<std::string>& extensions, std::vector<std::string>& inputs) {
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const fs::path& path = it->path();
    if (path.filename().string().rfind('.', 0) == 0) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      error.clear();
      continue;
    }
    std::error_code type_error;
    if (it->is_regular_file(type_error) && has_extension(path, extensions)) found.push_back(path.string());
  }
  if (error) throw IoError(dir, "cannot list directory: " + error.message());
  std::sort(found.begin(), found.end()); // std::string compares bytes
  inputs.insert(inputs.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

} // namespace

bool is_directory(const std::string& argument) {
  std::error_code error;
  return argument != "-" && fs::is_directory(argument, error);
}

std::vector<std::string> collect_inputs(const std::vector<std::string>& arguments, const std::vector<std::string>& extensions) {
  std::vector<std::string> inputs;
  for (const auto& argument : arguments) {
    if (is_directory(argument)) {
      collect_directory(argument, extensions, inputs);
    } else {
      inputs.push_back(argument);
    }
  }
  return inputs;
}

} // namespace secaction::io
