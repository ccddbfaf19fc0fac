-- Issue 10 point 13: no raw codes on Turkish pages. The interest subsidy method's description named its two
-- values by their codes; it now says what each method computes. The values themselves (the codes an admin
-- types for a new version) are listed, with their labels, next to the value field of the version form.
update parameter_definition
   set description_tr = 'Faiz desteği hesaplama yöntemi: eski formül (destek puanı × ödenen faiz / yıllık faiz oranı) ya da güncel formül (kredi tutarı, vade ve destek puanı)',
       description_en = 'Interest subsidy method: the former formula (support points × interest paid / annual rate) or the current one (loan amount, term and support points)'
 where scope = 'KOSGEB_DT' and param_key = 'subsidy.formula';
