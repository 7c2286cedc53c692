-- EXAMPLE ROWS, NOT CHECKED FACTS (as in V16): check each code against the Incomes Register's code list
-- before reporting with it, then set verified = true.
insert into payroll_income_type (id, line_kind, code, name_fi, name_sv, name_en, treatment, valid_from, note) values
    (gen_random_uuid(), 'WAGES', '201', 'Aikapalkka', 'Tidlön', 'Time-rate pay', 'WAGE', '2025-01-01',
     'EXAMPLE: check against the Incomes Register code list; wages of an employed expert'),
    (gen_random_uuid(), 'WORK_SHARE', '336', 'Työosuusraha (veroton)', 'Arbetsandelspenning (skattefri)',
     'Work-share payment (tax-exempt)', 'TAX_FREE_REIMBURSEMENT', '2025-01-01',
     'PLACEHOLDER CODE, NOT A KNOWN ONE: find the right income type in the Incomes Register code list and check the tax rules for 27 e § work activity');
