// spdlog's compiled part, for the static build only (SECACTION_STATIC, the release preset).
// Debian's libspdlog-dev ships the headers and libspdlog.so, but no static library and no sources, so
// the static build used to use spdlog header-only: every file that logs compiled spdlog's registry,
// logger and pattern formatter again, about 4.6 s of CPU per file at -O3. With SPDLOG_COMPILED_LIB
// the headers only declare them, and this file compiles them once from spdlog's -inl.h files, with
// the sinks secaction creates: the default logger's colour sink and stderr_logger_st (cmd/cli.cpp).
#ifndef SPDLOG_COMPILED_LIB
#error "this file is spdlog's compiled part: build it with SPDLOG_COMPILED_LIB"
#endif
#include <spdlog/common-inl.h>
#include <spdlog/details/backtracer-inl.h>
#include <spdlog/details/log_msg-inl.h>
#include <spdlog/details/log_msg_buffer-inl.h>
#include <spdlog/details/os-inl.h>
#include <spdlog/details/periodic_worker-inl.h>
#include <spdlog/details/registry-inl.h>
#include <spdlog/logger-inl.h>
#include <spdlog/pattern_formatter-inl.h>
#include <spdlog/sinks/ansicolor_sink-inl.h>
#include <spdlog/sinks/base_sink-inl.h>
#include <spdlog/sinks/sink-inl.h>
#include <spdlog/sinks/stdout_color_sinks-inl.h>
#include <spdlog/sinks/stdout_sinks-inl.h>
#include <spdlog/spdlog-inl.h>

template class spdlog::sinks::ansicolor_sink<spdlog::details::console_mutex>;
template class spdlog::sinks::ansicolor_stdout_sink<spdlog::details::console_mutex>;
template class spdlog::sinks::stdout_sink_base<spdlog::details::console_nullmutex>;
template class spdlog::sinks::stderr_sink<spdlog::details::console_nullmutex>;
template std::shared_ptr<spdlog::logger> spdlog::stderr_logger_st<spdlog::synchronous_factory>(const std::string& logger_name);
