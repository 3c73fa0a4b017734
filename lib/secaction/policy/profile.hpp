#pragma once
// The company profile the policy drafts are written from (schemas/policy-profile.schema.json).
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/date.hpp"

namespace secaction::policy {

/// Whose information the basic policy promises to protect (the choose-one slot of 付録2).
enum class Scope { customer_information, company_information };

struct Person {
  std::string name;
  std::string title;   // job title, e.g. 代表取締役社長
  std::string contact; // phone or e-mail; may be empty
};

/// The roles of 表8 (management) that the drafts name.
struct Roles {
  Person security_officer;     // 情報セキュリティ責任者
  Person department_manager;   // 情報セキュリティ部門責任者
  Person system_administrator; // システム管理者
  Person education_officer;    // 教育責任者
  Person inspection_officer;   // 点検責任者
};

/// One line of the emergency contact sheet (緊急時の連絡先), inside or outside the company.
struct EmergencyContact {
  std::string role; // e.g. 保守業者, 警察署
  std::string name;
  std::string phone;
  std::string email;
};

/// What the company uses or does; each switches chapters, sections or rules on.
struct Practices {
  bool cloud = false;
  bool telework = false;
  bool system_development = false;
  bool outsourcing = false;
  bool my_number = false;
  bool website = false;
  bool byod = false;
};

struct Profile {
  std::string company_name;
  Person representative;
  Date established_on;
  std::optional<Date> revised_on;
  Scope scope = Scope::customer_information;
  Roles roles;
  std::vector<EmergencyContact> emergency_contacts;
  Practices practices;
};

/// The items of a self-diagnosis result (`secaction diagnose --format json`) that the handbook needs.
struct DiagnosedItem {
  int number = 0;
  double points = 0;
  bool counted = true;
  std::string answer_label; // as the result printed it, e.g. 実施していない
};

struct Diagnosis {
  std::vector<DiagnosedItem> items;
};

} // namespace secaction::policy
