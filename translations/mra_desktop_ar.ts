<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Notes: %1</source>
        <translation>ملاحظات: %1</translation>
    </message>
    <message>
        <source>Notes on the question %1</source>
        <translation>ملاحظات حول سؤال «%1»</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Type an item in a cell of the board and press %1; select it to edit it here.</source>
        <translation>اكتبوا إجراءً في إحدى خانات الجدول واضغطوا على %1، ثم حدّدوه لتعديله هنا.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <source>Col&amp;umn</source>
        <translation>ال&amp;عمود</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>ال&amp;قطاع</translation>
    </message>
    <message>
        <source>&amp;Policy or practice</source>
        <translation>&amp;سياسة أو ممارسة</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>الج&amp;هة المسؤولة</translation>
    </message>
    <message>
        <source>T&amp;imeframe</source>
        <translation>ا&amp;لأجل</translation>
    </message>
    <message>
        <source>Text of the action item</source>
        <translation>نص الإجراء</translation>
    </message>
    <message>
        <source>Continue, stop or start</source>
        <translation>الاستمرار أو التوقف أو البدء</translation>
    </message>
    <message>
        <source>Sector of the action item</source>
        <translation>قطاع الإجراء</translation>
    </message>
    <message>
        <source>Written policy or practice</source>
        <translation>سياسة مكتوبة أو ممارسة</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>الجهة المسؤولة عن التنفيذ</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>Delete item (%1)</source>
        <translation>حذف الإجراء (%1)</translation>
    </message>
    <message>
        <source>%1
%2 or %3: edit. %4: delete (%5 to undo).
%6 / %7: other column. %8 / %9: other sector.</source>
        <translation>%1
للتعديل: %2 أو %3. للحذف: %4 (وللتراجع: %5).
للانتقال إلى عمود آخر: %6 / %7. وإلى قطاع آخر: %8 / %9.</translation>
    </message>
    <message>
        <source>Add… (%1)</source>
        <translation>إضافة… (%1)</translation>
    </message>
    <message>
        <source>Action item deleted — %1 to undo</source>
        <translation>تم حذف الإجراء — %1 للتراجع</translation>
    </message>
    <message>
        <source>Delete the action item</source>
        <translation>حذف هذا الإجراء</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add an item: %1</source>
        <translation>إضافة إجراء: %1</translation>
    </message>
</context>
<context>
    <name>AddChangeDialog</name>
    <message>
        <source>Add a change</source>
        <translation>إضافة تغيير</translation>
    </message>
    <message>
        <source>Changes of the issue&apos;s period that their partner allows to be quoted:</source>
        <translation>تغييرات فترة العدد التي تسمح الجمعية الشريكة باقتباسها:</translation>
    </message>
    <message>
        <source>Every change of the period that may be quoted is already in the issue.</source>
        <translation>كل تغييرات الفترة القابلة للاقتباس موجودة في العدد.</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This database is already open in another mra-desktop window: %1

Use that window, or close it first. Nothing was changed.</source>
        <translation>قاعدة البيانات هذه مفتوحة حاليًا في نافذة أخرى من mra-desktop: %1

استعملوا تلك النافذة أو أغلقوها أولًا. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>mra-desktop</source>
        <translation>mra-desktop</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>BackupViewer</name>
    <message>
        <source>Backup of %1 (read-only)</source>
        <translation>نسخة احتياطية بتاريخ %1 (للقراءة فقط)</translation>
    </message>
    <message>
        <source>What the database held on %1: %2 meetings. Nothing can be changed here; to bring it back, restore the backup.</source>
        <translation>ما كانت تتضمنه قاعدة البيانات بتاريخ %1: %2 اجتماعات. لا يمكن تغيير أي شيء هنا؛ لاسترجاع هذه البيانات، استعيدوا النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>This backup holds no meeting.</source>
        <translation>لا تتضمن هذه النسخة الاحتياطية أي اجتماع.</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>التغييرات (%1)</translation>
    </message>
    <message>
        <source>Chosen as the most significant change</source>
        <translation>اختير باعتباره التغيير الأكثر أهمية</translation>
    </message>
    <message>
        <source>Action plan (%1)</source>
        <translation>خطة العمل (%1)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>MRA&apos;s shared database is restored from the command line once everyone has closed the program: mra-desktop --db ADDRESS backup restore FILE. Nothing was changed.</source>
        <translation>تُستعاد قاعدة البيانات المشتركة لجمعية MRA من سطر الأوامر بعد أن يغلق الجميع البرنامج: mra-desktop --db ADDRESS backup restore FILE. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>A backup is being made; try again in a moment. Nothing was changed.</source>
        <translation>يجري إنشاء نسخة احتياطية؛ أعيدوا المحاولة بعد لحظة. لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>Some edits could not be saved yet; correct them first. Nothing was restored.</source>
        <translation>تعذّر حفظ بعض التعديلات حتى الآن؛ صحّحوها أولًا. لم تتم استعادة أي شيء.</translation>
    </message>
    <message>
        <source>Automatic (every 30 minutes)</source>
        <translation>تلقائية (كل 30 دقيقة)</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>عند الإغلاق</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>قبل استيراد</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>قبل تحديث</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>Damaged database set aside</source>
        <translation>قاعدة بيانات تالفة وُضعت جانبًا</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client programs (pg_dump, pg_restore) are missing or older than the server, so no backup can be made; install them. Nothing was changed.</source>
        <translation>برامج عميل PostgreSQL (⁦pg_dump⁩، ⁦pg_restore⁩) غير مثبتة أو أقدم من الخادم، فلا يمكن إجراء أي نسخة احتياطية؛ ثبّتوها. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The backup could not be made. The database is unchanged.</source>
        <translation>تعذّر إنجاز النسخة الاحتياطية. لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The backup could not be written: the disk is full or the backups folder is protected. The database is unchanged.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية: القرص ممتلئ أو مجلد النسخ الاحتياطية محمي. لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was deleted: the database may be damaged. Keep a copy of it and ask for help.</source>
        <translation>لم تجتز النسخة الاحتياطية فحص السلامة فحُذفت: قد تكون قاعدة البيانات تالفة. احتفظوا بنسخة منها واطلبوا المساعدة.</translation>
    </message>
    <message>
        <source>There is no database to back up yet.</source>
        <translation>لا توجد بعد قاعدة بيانات لنسخها احتياطيًا.</translation>
    </message>
    <message>
        <source>This file is not a backup of an mra-desktop database. Nothing was changed.</source>
        <translation>هذا الملف ليس نسخة احتياطية من قاعدة بيانات mra-desktop. لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored. Nothing was changed.</source>
        <translation>هذه النسخة الاحتياطية تالفة ولا يمكن استعادتها. لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of mra-desktop; update the program to restore it. Nothing was changed.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من mra-desktop؛ المرجو تحديث البرنامج لاستعادتها. لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>The database is in use by another program (an import, an export); wait until it ends, then try again. Nothing was changed.</source>
        <translation>قاعدة البيانات قيد الاستعمال من طرف برنامج آخر (استيراد أو تصدير)؛ انتظروا انتهاءه ثم أعيدوا المحاولة. لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>The database is backed up every 30 minutes while the program is open (when something changed), when it closes, and before every import, upgrade and restore. Each backup is checked before it is kept. Everything of the last day is kept, then one backup a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
        <translation>تُنسخ قاعدة البيانات احتياطيًا كل 30 دقيقة ما دام البرنامج مفتوحًا (إذا تغيّر شيء ما)، وعند إغلاقه، وقبل كل استيراد وتحديث واستعادة. تُفحص كل نسخة احتياطية قبل الاحتفاظ بها. يُحتفظ بكل نسخ اليوم الأخير، ثم بنسخة واحدة في اليوم لمدة 12 يومًا، وبنسخة في الأسبوع لمدة 10 أسابيع، وبنسخة في الشهر لمدة 9 أشهر.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>&amp;عرض المجلد</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Look at the meetings and changes of the selected backup</source>
        <translation>الاطلاع على اجتماعات وتغييرات النسخة الاحتياطية المختارة</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Replace the database with the selected backup; the current database is kept as a backup first</source>
        <translation>استبدال قاعدة البيانات بالنسخة الاحتياطية المختارة؛ يُحتفظ أولًا بقاعدة البيانات الحالية كنسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore from a f&amp;ile…</source>
        <translation>استعادة من &amp;ملف…</translation>
    </message>
    <message>
        <source>Restore a backup kept elsewhere (a USB stick, another computer)</source>
        <translation>استعادة نسخة احتياطية محفوظة في مكان آخر (مفتاح USB، حاسوب آخر)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>تم إنشاء النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>A backup is being made; try again in a moment.</source>
        <translation>يجري إنشاء نسخة احتياطية؛ أعيدوا المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup of %1 (%2 meetings, %3 changes)? The database as it is now is kept as a backup first.</source>
        <translation>هل تريدون استبدال كل محتوى قاعدة البيانات هذه بالنسخة الاحتياطية بتاريخ %1 (%2 اجتماعات، %3 تغييرات)؟ يُحتفظ أولًا بقاعدة البيانات بحالتها الحالية كنسخة احتياطية.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>جميع الملفات</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Restored: the database now holds the backup of %1. The database as it was is kept as the backup of %2.</source>
        <translation>تمت الاستعادة: تتضمن قاعدة البيانات الآن النسخة الاحتياطية بتاريخ %1. وقد احتُفظ بقاعدة البيانات كما كانت في النسخة الاحتياطية بتاريخ %2.</translation>
    </message>
</context>
<context>
    <name>ChangeEditor</name>
    <message>
        <source>The change, precisely</source>
        <translation>التغيير بدقة</translation>
    </message>
    <message>
        <source>Capture a change (type it and press %1), then describe it here.</source>
        <translation>سجّلوا تغييرًا (اكتبوه واضغطوا على %1)، ثم صِفوه هنا.</translation>
    </message>
    <message>
        <source>Sec&amp;tor</source>
        <translation>ال&amp;قطاع</translation>
    </message>
    <message>
        <source>Su&amp;b-theme</source>
        <translation>المحور ال&amp;فرعي</translation>
    </message>
    <message>
        <source>Sector of the change</source>
        <translation>قطاع التغيير</translation>
    </message>
    <message>
        <source>Sub-theme of the change</source>
        <translation>المحور الفرعي للتغيير</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Consent to publish</source>
        <translation>الموافقة على النشر</translation>
    </message>
    <message>
        <source>May be &amp;quoted in MRA&apos;s newsletter</source>
        <translation>يمكن اقت&amp;باسه في نشرة MRA</translation>
    </message>
    <message>
        <source>The people concerned agreed that MRA may publish this change.</source>
        <translation>وافق الأشخاص المعنيون على أن تنشر MRA هذا التغيير.</translation>
    </message>
    <message>
        <source>Anon&amp;ymise</source>
        <translation>إ&amp;خفاء الهوية</translation>
    </message>
    <message>
        <source>Names of people are left out; the place is given only as precisely as the level above.</source>
        <translation>تُحذف أسماء الأشخاص، ولا يُذكر المكان إلا بدقة المستوى المحدد أعلاه.</translation>
    </message>
    <message>
        <source>Answers %1 of the %2 questions of the fiche</source>
        <translation>يجيب عن %1 من أصل %2 من أسئلة البطاقة التقنية</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Answers %1 of the %2 questions of the fiche</source>
        <translation>يجيب عن %1 من أصل %2 من أسئلة البطاقة التقنية</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>المعلومات الناقصة: %1</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Follow-up of an action item</source>
        <translation>متابعة إجراء</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>الصفة أو المنصب</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Responsible actor</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>الميسّرات والميسّرون</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>الترتيب في القائمة</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <source>Sub-theme</source>
        <translation>المحور الفرعي</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>نوع الاجتماع</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>نطاق الاجتماع</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>صيغة الاجتماع</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Start of the period under review</source>
        <translation>بداية الفترة المعنية بالتقييم</translation>
    </message>
    <message>
        <source>End of the period under review</source>
        <translation>نهاية الفترة المعنية بالتقييم</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>نسخة البروتوكول</translation>
    </message>
    <message>
        <source>Chosen as the most significant change</source>
        <translation>اختير باعتباره التغيير الأكثر أهمية</translation>
    </message>
    <message>
        <source>Why the group chose this change</source>
        <translation>لماذا اختارت المجموعة هذا التغيير</translation>
    </message>
    <message>
        <source>Continue, stop or start</source>
        <translation>الاستمرار أو التوقف أو البدء</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>May be quoted in MRA&apos;s newsletter</source>
        <translation>يمكن اقتباسه في نشرة MRA</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>إخفاء الهوية</translation>
    </message>
    <message>
        <source>The incoming version claims revision %1, far beyond this database&apos;s %2: not a series of edits. Taking it keeps the record&apos;s own numbering.</source>
        <translation>تدّعي النسخة الواردة المراجعة %1، وهي أبعد بكثير من مراجعة قاعدة البيانات هذه (%2): ليست سلسلة تعديلات. اعتمادها يحافظ على ترقيم السجل نفسه.</translation>
    </message>
    <message>
        <source>The incoming version is older (revision %1, here %2) but says something this database never held: perhaps the partner restored a backup and corrected it.</source>
        <translation>النسخة الواردة أقدم (المراجعة %1، وهنا %2) لكنها تقول شيئًا لم تحتوه قاعدة البيانات هذه قط: ربما استعاد الشريك نسخة احتياطية ثم صحّحها.</translation>
    </message>
    <message>
        <source>Both versions have revision %1 but say different things.</source>
        <translation>للنسختين المراجعة %1 نفسها لكنهما تقولان أشياء مختلفة.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Open co&amp;nflicts</source>
        <translation>التعارضات المعلّ&amp;قة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجمعية الشريكة</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>تاريخ الرصد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>This database&apos;s version</source>
        <translation>نسخة قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Incoming version</source>
        <translation>النسخة الواردة</translation>
    </message>
    <message>
        <source>Keep this &amp;database&apos;s version</source>
        <translation>الاحتفاظ &amp;بنسخة قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>&amp;Take the incoming version</source>
        <translation>اعتماد ال&amp;نسخة الواردة</translation>
    </message>
    <message>
        <source>No open conflicts. A conflict appears when a record was changed in two different ways; both versions are then kept until you choose one.</source>
        <translation>لا توجد تعارضات مفتوحة. يظهر التعارض عندما يُعدَّل عنصر ما بطريقتين مختلفتين؛ وتُحفظ النسختان معًا إلى أن تختاروا إحداهما.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>التعارضات المعلّقة</translation>
    </message>
    <message>
        <source>The two versions, field by field</source>
        <translation>النسختان، حقلًا بحقل</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version</source>
        <translation>الاحتفاظ بنسخة قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation>اعتماد النسخة الواردة</translation>
    </message>
    <message>
        <source>The record stays as it is in this database</source>
        <translation>يبقى العنصر كما هو في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>The record takes the content of the file just imported</source>
        <translation>يأخذ العنصر محتوى الملف الذي تم استيراده للتو</translation>
    </message>
    <message>
        <source>Incoming from %1, file %2</source>
        <translation>وارد من %1، الملف %2</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>Sync files from this computer are signed with its own key. MRA enrols this computer once from its identity card; read this fingerprint to MRA by phone when they do:</source>
        <translation>تُوقَّع ملفات المزامنة الصادرة عن هذا الحاسوب بمفتاحه الخاص. تسجّل MRA هذا الحاسوب مرة واحدة انطلاقًا من بطاقة هويته؛ اقرأوا هذه البصمة على MRA عبر الهاتف عند ذلك:</translation>
    </message>
    <message>
        <source>Choose your organisation first: the identity card names it.</source>
        <translation>اختاروا أولًا جمعيتكم: بطاقة الهوية تذكر اسمها.</translation>
    </message>
    <message>
        <source>&amp;Save the identity card…</source>
        <translation>حفظ &amp;بطاقة الهوية…</translation>
    </message>
    <message>
        <source>Save this computer&apos;s identity card, to send to MRA</source>
        <translation>حفظ بطاقة هوية هذا الحاسوب لإرسالها إلى MRA</translation>
    </message>
    <message>
        <source>Save the identity card</source>
        <translation>حفظ بطاقة الهوية</translation>
    </message>
    <message>
        <source>Fingerprint of this computer</source>
        <translation>بصمة هذا الحاسوب</translation>
    </message>
    <message>
        <source>Save the identity card as</source>
        <translation>حفظ بطاقة الهوية باسم</translation>
    </message>
    <message>
        <source>Identity cards (*.mraid)</source>
        <translation>بطاقات الهوية (*.mraid)</translation>
    </message>
    <message>
        <source>Saved to %1. Send it to MRA, then compare the fingerprint by phone.</source>
        <translation>حُفظت في %1. أرسلوها إلى MRA، ثم قارنوا البصمة عبر الهاتف.</translation>
    </message>
</context>
<context>
    <name>DueDiligencePage</name>
    <message>
        <source>&amp;The five obligations</source>
        <translation>الالتزامات ال&amp;خمسة</translation>
    </message>
    <message>
        <source>The five due-diligence obligations</source>
        <translation>التزامات العناية الواجبة الخمسة</translation>
    </message>
    <message>
        <source>Changes of this meeting tagged with it: %1</source>
        <translation>تغييرات هذا الاجتماع المرتبطة بهذا الالتزام: %1</translation>
    </message>
</context>
<context>
    <name>ExportPdf</name>
    <message>
        <source>Export the report as PDF</source>
        <translation>تصدير التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;لغة التقرير</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>ال&amp;حفظ في</translation>
    </message>
    <message>
        <source>Include the participants&apos; &amp;names</source>
        <translation>إ&amp;دراج أسماء المشاركين</translation>
    </message>
    <message>
        <source>Off: the report lists roles and institutions only, as MRA&apos;s reports do.</source>
        <translation>عند عدم التحديد: لا يذكر التقرير إلا الصفات والمؤسسات، كما هو الشأن في تقارير MRA.</translation>
    </message>
    <message>
        <source>Include the &amp;discussion notes</source>
        <translation>تضمين ملاحظات ال&amp;نقاش</translation>
    </message>
    <message>
        <source>A Discussion section with the notes taken for each question.</source>
        <translation>قسم «النقاش» يتضمن الملاحظات المدونة لكل سؤال.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;فتح الملف</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>فتح ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>The report&apos;s language; the meeting&apos;s language unless you choose</source>
        <translation>لغة التقرير؛ وهي لغة الاجتماع ما لم تختاروا غيرها</translation>
    </message>
    <message>
        <source>Include the participants&apos; names</source>
        <translation>إدراج أسماء المشاركين</translation>
    </message>
    <message>
        <source>File to write the report to</source>
        <translation>الملف الذي سيُحفظ فيه التقرير</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>اختيار مكان حفظ التقرير</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Result of the export</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>ملفات PDF</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>The report was saved to %1</source>
        <translation>تم حفظ التقرير في %1</translation>
    </message>
    <message>
        <source>No font of the report can draw %1: the report shows their codes instead.</source>
        <translation>لا يوجد في خطوط التقرير ما يرسم %1: يعرض التقرير رموزها بدلا منها.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>تم إلغاء التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to mra-desktop</source>
        <translation>مرحبًا بكم في mra-desktop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Before the first meeting, tell the program who you are. All of this can be changed later in Settings.</source>
        <translation>قبل الاجتماع الأول، عرّفوا البرنامج بأنفسكم. ويمكن تغيير كل هذه المعلومات لاحقًا من خلال الإعدادات.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;بدء الاستعمال</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء الاستعمال</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>GoodPracticesPage</name>
    <message>
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>&amp;Notes on this question</source>
        <translation>ملاحظات &amp;حول هذا السؤال</translation>
    </message>
    <message>
        <source>Notes on the current question</source>
        <translation>ملاحظات حول السؤال الحالي</translation>
    </message>
    <message>
        <source>What the participants say about this question</source>
        <translation>ما يقوله المشاركون والمشاركات حول هذا السؤال</translation>
    </message>
    <message>
        <source>Capture a change</source>
        <translation>تسجيل تغيير</translation>
    </message>
    <message>
        <source>Previous question (%1)</source>
        <translation>السؤال السابق (%1)</translation>
    </message>
    <message>
        <source>Next question (%1)</source>
        <translation>السؤال التالي (%1)</translation>
    </message>
    <message>
        <source>Type a change and press %1</source>
        <translation>اكتبوا تغييرًا واضغطوا على %1</translation>
    </message>
    <message>
        <source>Type a change and press %1 (%2 comes back here).
%3 / %4 choose the sector.</source>
        <translation>اكتبوا تغييرًا واضغطوا على %1 (للعودة إلى هنا: %2).
لاختيار القطاع: %3 / %4.</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>ال&amp;قطاع</translation>
    </message>
    <message>
        <source>Sector of the next change</source>
        <translation>قطاع التغيير التالي</translation>
    </message>
    <message>
        <source>Changes ca&amp;ptured</source>
        <translation>التغييرات المسجّ&amp;لة</translation>
    </message>
    <message>
        <source>Changes captured</source>
        <translation>التغييرات المسجّلة</translation>
    </message>
    <message>
        <source>%1: describe the change. %2: delete it (%3 to undo).</source>
        <translation>لوصف التغيير: %1. لحذفه: %2 (وللتراجع: %3).</translation>
    </message>
    <message>
        <source>Change deleted — %1 to undo</source>
        <translation>تم حذف التغيير — %1 للتراجع</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Capture change</source>
        <translation>تسجيل التغيير</translation>
    </message>
    <message>
        <source>Edit change</source>
        <translation>تعديل التغيير</translation>
    </message>
    <message>
        <source>Delete change</source>
        <translation>حذف التغيير</translation>
    </message>
    <message>
        <source>Choose as most significant</source>
        <translation>اختياره باعتباره التغيير الأكثر أهمية</translation>
    </message>
    <message>
        <source>Remove from the most significant</source>
        <translation>إزالة التغيير من الأكثر أهمية</translation>
    </message>
    <message>
        <source>Edit the reason for the choice</source>
        <translation>تعديل سبب الاختيار</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>إضافة الإجراء</translation>
    </message>
    <message>
        <source>Move action item</source>
        <translation>نقل الإجراء</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>تعديل الإجراء</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>حذف الإجراء</translation>
    </message>
    <message>
        <source>Follow up an item of the previous action plan</source>
        <translation>متابعة إجراء من خطة العمل السابقة</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>تعديل الملاحظات</translation>
    </message>
    <message>
        <source>Edit meeting details</source>
        <translation>تعديل بيانات الاجتماع</translation>
    </message>
    <message>
        <source>Mark the meeting completed</source>
        <translation>إنهاء الاجتماع</translation>
    </message>
    <message>
        <source>Reopen the meeting</source>
        <translation>إعادة فتح الاجتماع</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>إضافة المشارك</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>تعديل المشارك</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>حذف المشارك</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>إنشاء الاجتماع</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>إنشاء اجتماع المتابعة</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>حذف الاجتماع</translation>
    </message>
    <message>
        <source>Restore meeting</source>
        <translation>استعادة الاجتماع</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع عن %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>تمت إعادة %1</translation>
    </message>
    <message>
        <source>Could not undo or redo: %1</source>
        <translation>تعذر التراجع أو الإعادة: %1</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>تم الإلغاء؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The file could not be written: the disk is full.</source>
        <translation>تعذّرت كتابة الملف: القرص ممتلئ.</translation>
    </message>
    <message>
        <source>The file could not be written (the folder is missing, protected or full); choose another place.</source>
        <translation>تعذّرت كتابة الملف (المجلد غير موجود أو محمي أو ممتلئ)؛ اختاروا مكانًا آخر.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was written (%1).</source>
        <translation>حدث خطأ؛ لم يُكتب أي شيء (%1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shared database: %1</source>
        <translation>قاعدة البيانات المشتركة: %1</translation>
    </message>
    <message>
        <source>MRA&apos;s database on a PostgreSQL server (version %1), shared with the other people who have it open</source>
        <translation>قاعدة بيانات MRA على خادم PostgreSQL (الإصدار %1)، مشتركة مع الأشخاص الآخرين الذين فتحوها</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ع&amp;رض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>الا&amp;جتماع</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساع&amp;دة</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>ا&amp;لإعدادات…</translation>
    </message>
    <message>
        <source>Language, organisation, your name</source>
        <translation>اللغة والمنظمة واسمكم</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Save everything and close the program</source>
        <translation>حفظ كل شيء وإغلاق البرنامج</translation>
    </message>
    <message>
        <source>&amp;Meetings list</source>
        <translation>&amp;قائمة الاجتماعات</translation>
    </message>
    <message>
        <source>Show the list of meetings</source>
        <translation>عرض قائمة الاجتماعات</translation>
    </message>
    <message>
        <source>Meeting &amp;setup</source>
        <translation>إ&amp;عداد الاجتماع</translation>
    </message>
    <message>
        <source>The open meeting&apos;s details and participants</source>
        <translation>بيانات الاجتماع المفتوح والمشاركون فيه</translation>
    </message>
    <message>
        <source>&amp;Run the meeting</source>
        <translation>ت&amp;سيير الاجتماع</translation>
    </message>
    <message>
        <source>The steps of the open meeting</source>
        <translation>مراحل الاجتماع المفتوح</translation>
    </message>
    <message>
        <source>&amp;Export report as PDF…</source>
        <translation>ت&amp;صدير التقرير بصيغة PDF…</translation>
    </message>
    <message>
        <source>The report of the open or selected meeting, as a PDF file</source>
        <translation>تقرير الاجتماع المفتوح أو المحدد، في ملف PDF</translation>
    </message>
    <message>
        <source>E&amp;xport for MRA…</source>
        <translation>ال&amp;تصدير إلى MRA…</translation>
    </message>
    <message>
        <source>Write a sync file of everything recorded here, for MRA</source>
        <translation>كتابة ملف مزامنة بكل ما سُجّل هنا، لفائدة MRA</translation>
    </message>
    <message>
        <source>Re&amp;ceipts from MRA…</source>
        <translation>إشعا&amp;رات الاستلام من MRA…</translation>
    </message>
    <message>
        <source>Import a receipt from MRA: how MRA reviewed your meetings</source>
        <translation>استيراد إشعار استلام من MRA: كيف راجعت MRA اجتماعاتكم</translation>
    </message>
    <message>
        <source>&amp;Import sync files…</source>
        <translation>استيراد &amp;ملفات المزامنة…</translation>
    </message>
    <message>
        <source>Import partners&apos; sync files and settle conflicts</source>
        <translation>استيراد ملفات المزامنة الواردة من الشركاء وتسوية التعارضات</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>ال&amp;شركاء…</translation>
    </message>
    <message>
        <source>Enrol partners&apos; devices from their identity cards, or revoke one</source>
        <translation>تسجيل أجهزة الشركاء انطلاقًا من بطاقات هويتها، أو إلغاء أحدها</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>Back up now, look at a backup, or restore one</source>
        <translation>إنشاء نسخة احتياطية الآن، أو الاطلاع على نسخة، أو استعادتها</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the program, by menu and screen</source>
        <translation>جميع اختصارات لوحة المفاتيح في البرنامج، حسب القائمة والشاشة</translation>
    </message>
    <message>
        <source>&amp;About mra-desktop</source>
        <translation>&amp;حول mra-desktop</translation>
    </message>
    <message>
        <source>Version and database</source>
        <translation>الإصدار وقاعدة البيانات</translation>
    </message>
    <message>
        <source>%1 — mra-desktop</source>
        <translation>%1 — mra-desktop</translation>
    </message>
    <message>
        <source>mra-desktop</source>
        <translation>mra-desktop</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>التراجع عن آخر تعديل</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>إعادة ما تم التراجع عنه</translation>
    </message>
    <message>
        <source>Changes: %1 · Action items: %2</source>
        <translation>التغييرات: %1 · الإجراءات: %2</translation>
    </message>
    <message>
        <source>Saving… (the database is busy)</source>
        <translation>جارٍ الحفظ… (قاعدة البيانات مشغولة)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>تم الحفظ على الساعة %1</translation>
    </message>
    <message>
        <source>Open or select a meeting first.</source>
        <translation>افتحوا اجتماعًا أو حدّدوه أولًا.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>تم حفظ التقرير: %1</translation>
    </message>
    <message>
        <source>Sync file written: %1</source>
        <translation>تمت كتابة ملف المزامنة: %1</translation>
    </message>
    <message>
        <source>Choose your organisation first.</source>
        <translation>اختاروا منظمتكم أولًا.</translation>
    </message>
    <message>
        <source>mra-desktop %1</source>
        <translation>mra-desktop %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>About mra-desktop</source>
        <translation>حول mra-desktop</translation>
    </message>
    <message>
        <source>Not everything is saved</source>
        <translation>لم يتم حفظ كل شيء</translation>
    </message>
    <message>
        <source>Some edits could not be saved: %1

Close anyway and lose them?</source>
        <translation>تعذّر حفظ بعض التعديلات: %1

هل تريدون الإغلاق رغم ذلك وفقدانها؟</translation>
    </message>
    <message>
        <source>No backup on closing</source>
        <translation>لم تُنشأ نسخة احتياطية عند الإغلاق</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>Delete the selected meeting (%1 brings it back)</source>
        <translation>حذف الاجتماع المحدد (ويمكن استرجاعه بـ %1)</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>جميع الشركاء</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>جميع القطاعات</translation>
    </message>
    <message>
        <source>Recently deleted meetings</source>
        <translation>الاجتماعات المحذوفة مؤخرًا</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Search titles and places</source>
        <translation>البحث في العناوين والأماكن</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>البحث عن الاجتماعات</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>التصفية حسب الشريك</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>التصفية حسب القطاع</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Meetings from this date</source>
        <translation>الاجتماعات ابتداءً من هذا التاريخ</translation>
    </message>
    <message>
        <source>Meetings up to this date</source>
        <translation>الاجتماعات إلى غاية هذا التاريخ</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>اجتما&amp;ع جديد</translation>
    </message>
    <message>
        <source>Prepare a new meeting</source>
        <translation>إعداد اجتماع جديد</translation>
    </message>
    <message>
        <source>&amp;Follow-up meeting</source>
        <translation>اجتماع متا&amp;بعة</translation>
    </message>
    <message>
        <source>A new meeting with the same setup, reviewing the period since this one</source>
        <translation>اجتماع جديد بالإعداد نفسه، لتقييم الفترة الممتدة منذ هذا الاجتماع</translation>
    </message>
    <message>
        <source>&amp;Open meeting</source>
        <translation>&amp;فتح الاجتماع</translation>
    </message>
    <message>
        <source>Open the selected meeting</source>
        <translation>فتح الاجتماع المحدد</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>&amp;حذف الاجتماع</translation>
    </message>
    <message>
        <source>MRA&apos;s review: %1</source>
        <translation>مراجعة MRA: %1</translation>
    </message>
    <message>
        <source>Meeting deleted — %1 to undo</source>
        <translation>تم حذف الاجتماع — %1 للتراجع</translation>
    </message>
    <message>
        <source>Meeting restored — %1 to undo</source>
        <translation>تم استرجاع الاجتماع — %1 للتراجع</translation>
    </message>
    <message>
        <source>&amp;Restore meeting</source>
        <translation>ا&amp;ستعادة الاجتماع</translation>
    </message>
    <message>
        <source>Bring the selected meeting back</source>
        <translation>استرجاع الاجتماع المحدد</translation>
    </message>
    <message>
        <source>Recen&amp;tly deleted</source>
        <translation>المح&amp;ذوفة مؤخرًا</translation>
    </message>
    <message>
        <source>Show the deleted meetings</source>
        <translation>عرض الاجتماعات المحذوفة</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Search the meetings</source>
        <translation>البحث في الاجتماعات</translation>
    </message>
    <message>
        <source>Meetings: %1</source>
        <translation>عدد الاجتماعات: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>No deleted meetings.</source>
        <translation>لا توجد اجتماعات محذوفة.</translation>
    </message>
    <message>
        <source>No meeting matches these filters.</source>
        <translation>لا يوجد أي اجتماع يطابق معايير التصفية هذه.</translation>
    </message>
    <message>
        <source>No meetings yet. Press %1 to prepare the first one.</source>
        <translation>لا توجد اجتماعات بعد. اضغطوا على %1 لإعداد أول اجتماع.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجمعية الشريكة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>MRA&apos;s review</source>
        <translation>مراجعة MRA</translation>
    </message>
</context>
<context>
    <name>MeetingSetup</name>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ا&amp;لتاريخ</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>المدي&amp;نة</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>الج&amp;هة</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting</source>
        <translation>ن&amp;وع الاجتماع</translation>
    </message>
    <message>
        <source>Sco&amp;pe</source>
        <translation>ن&amp;طاق الاجتماع</translation>
    </message>
    <message>
        <source>Sectors covered</source>
        <translation>القطاعات المعنية</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;صيغة الاجتماع</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>الهي&amp;ئة</translation>
    </message>
    <message>
        <source>Period &amp;under review</source>
        <translation>ال&amp;فترة المعنية بالتقييم</translation>
    </message>
    <message>
        <source>F&amp;acilitators</source>
        <translation>&amp;الميسّرات والميسّرون</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>نوع الاجتماع</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>نطاق الاجتماع</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>صيغة الاجتماع</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Start of the period under review</source>
        <translation>بداية الفترة المعنية بالتقييم</translation>
    </message>
    <message>
        <source>End of the period under review</source>
        <translation>نهاية الفترة المعنية بالتقييم</translation>
    </message>
    <message>
        <source>Language of the notes</source>
        <translation>لغة الملاحظات</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>الميسّرات والميسّرون</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>الأسماء، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(بدون)</translation>
    </message>
    <message>
        <source>Sector…</source>
        <translation>القطاع…</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركات والمشاركون</translation>
    </message>
    <message>
        <source>Role or title, then %1</source>
        <translation>الصفة أو المنصب، ثم %1</translation>
    </message>
    <message>
        <source>Participant removed — %1 to undo</source>
        <translation>تم حذف المشارك — %1 للتراجع</translation>
    </message>
    <message>
        <source>Role or title of the new participant</source>
        <translation>صفة المشارك الجديد أو منصبه</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the notes</source>
        <translation>ل&amp;غة الملاحظات</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Institution of the new participant</source>
        <translation>مؤسسة المشارك الجديد</translation>
    </message>
    <message>
        <source>Sector of the new participant</source>
        <translation>قطاع المشارك الجديد</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>الاسم (اختياري)</translation>
    </message>
    <message>
        <source>Name of the new participant (optional)</source>
        <translation>اسم المشارك الجديد (اختياري)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add this participant</source>
        <translation>إضافة هذا المشارك</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>حذف المشارك</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>حذف المشارك المحدد</translation>
    </message>
    <message>
        <source>Run the meeting</source>
        <translation>تسيير الاجتماع</translation>
    </message>
    <message>
        <source>Go to the meeting&apos;s steps</source>
        <translation>الانتقال إلى مراحل الاجتماع</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>الإصدار %2 من %1</translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>إعداد: %1</translation>
    </message>
    <message>
        <source>Meeting setup</source>
        <translation>إعداد الاجتماع</translation>
    </message>
    <message>
        <source>Type the participant&apos;s role or title first.</source>
        <translation>اكتبوا أولًا صفة المشارك أو منصبه.</translation>
    </message>
    <message>
        <source>no sector</source>
        <translation>بدون قطاع</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Participants in all: %1</source>
        <translation>مجموع المشاركين: %1</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>Step %1: %2</source>
        <translation>المرحلة %1: %2</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>المرحلة التالية</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>المرحلة السابقة</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>Capture a change</source>
        <translation>تسجيل تغيير</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>حذف العنصر المحدد</translation>
    </message>
    <message>
        <source>Presenter window</source>
        <translation>نافذة العرض</translation>
    </message>
    <message>
        <source>Presenter: the question, the changes or the action plan</source>
        <translation>نافذة العرض: السؤال أو التغييرات أو خطة العمل</translation>
    </message>
    <message>
        <source>Start or pause the step timer</source>
        <translation>تشغيل عدّاد المرحلة أو إيقافه مؤقتًا</translation>
    </message>
    <message>
        <source>Mark the meeting completed</source>
        <translation>إنهاء الاجتماع</translation>
    </message>
    <message>
        <source>Move action item to the column on the left</source>
        <translation>نقل الإجراء إلى العمود الأيسر</translation>
    </message>
    <message>
        <source>Move action item to the column on the right</source>
        <translation>نقل الإجراء إلى العمود الأيمن</translation>
    </message>
    <message>
        <source>Move action item to the sector above</source>
        <translation>نقل الإجراء إلى القطاع الذي فوقه</translation>
    </message>
    <message>
        <source>Move action item to the sector below</source>
        <translation>نقل الإجراء إلى القطاع الذي تحته</translation>
    </message>
    <message>
        <source>Presenter (%1)</source>
        <translation>العرض (%1)</translation>
    </message>
    <message>
        <source>Show the current question in large type on a second screen (%1)</source>
        <translation>عرض السؤال الحالي بخط كبير على شاشة ثانية (%1)</translation>
    </message>
    <message>
        <source>Start or pause the step timer (%1)</source>
        <translation>تشغيل عدّاد المرحلة أو إيقافه مؤقتًا (%1)</translation>
    </message>
    <message>
        <source>Time spent on this step</source>
        <translation>الوقت المستغرق في هذه المرحلة</translation>
    </message>
    <message>
        <source>Time spent on this step (only you see it)</source>
        <translation>الوقت المستغرق في هذه المرحلة (لا يظهر إلا لكم)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>تشغيل العدّاد</translation>
    </message>
    <message>
        <source>Pause the step timer</source>
        <translation>إيقاف عدّاد المرحلة مؤقتًا</translation>
    </message>
    <message>
        <source>Start the step timer</source>
        <translation>تشغيل عدّاد المرحلة</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>The start of the period</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>The end of the period</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>The role or title</source>
        <translation>الصفة أو المنصب</translation>
    </message>
    <message>
        <source>The institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>The number of people</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>The responsible actor</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>The timeframe</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>The facilitators</source>
        <translation>أسماء الميسّرات والميسّرين</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>This field</source>
        <translation>هذا الحقل</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>لا يمكن ترك %1 دون تعبئة.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>النص المُدخل في %1 طويل جدًا.</translation>
    </message>
    <message>
        <source>%1: this value is not allowed.</source>
        <translation>هذه القيمة غير مسموح بها في %1.</translation>
    </message>
    <message>
        <source>%1 is not written correctly.</source>
        <translation>القيمة المُدخلة في %1 غير مكتوبة بشكل صحيح.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>القيمة المُدخلة في %1 خارج الحدود المسموح بها.</translation>
    </message>
    <message>
        <source>%1 cannot be stored by this version of the program; nothing was changed.</source>
        <translation>لا يمكن لهذه النسخة من البرنامج حفظ %1؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1 refers to a record that does not exist; nothing was changed.</source>
        <translation>يحيل %1 على سجل غير موجود؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>حدث خطأ؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This value is not accepted; nothing was changed.</source>
        <translation>هذه القيمة غير مقبولة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This record does not exist any more (it may have been deleted).</source>
        <translation>هذا السجل لم يعد موجودًا (ربما حُذف).</translation>
    </message>
    <message>
        <source>This record was deleted; restore it first.</source>
        <translation>تم حذف هذا العنصر؛ المرجو استرجاعه أولًا.</translation>
    </message>
    <message>
        <source>This record came from a partner&apos;s sync file; only the partner can change it.</source>
        <translation>هذا العنصر وارد من ملف مزامنة خاص بأحد الشركاء؛ ولا يمكن تعديله إلا من طرف هذا الشريك.</translation>
    </message>
    <message>
        <source>A record with the same id exists already; nothing was changed.</source>
        <translation>يوجد سجل بالمعرّف نفسه؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Several meetings have an id that starts this way; give more of it.</source>
        <translation>هناك عدة اجتماعات يبدأ معرّفها بهذا الشكل؛ اكتبوا جزءًا أطول منه.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database. Nothing was changed.</source>
        <translation>%1 مجلد وليس قاعدة بيانات. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1 is not an mra-desktop database. Nothing was changed.</source>
        <translation>%1 ليس قاعدة بيانات لبرنامج mra-desktop. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened. It was left as it is; restore one of its backups.</source>
        <translation>قاعدة البيانات %1 تالفة ولا يمكن فتحها. تُركت على حالها؛ استرجعوا إحدى نسخها الاحتياطية.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (it is protected, or its disk has a problem). Nothing was changed.</source>
        <translation>تتعذّر قراءة قاعدة البيانات %1 (إنها محمية، أو في قرصها عطب). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of mra-desktop. Update the program to open it; nothing was changed.</source>
        <translation>كُتبت قاعدة البيانات %1 بنسخة أحدث من mra-desktop. حدّثوا البرنامج لفتحها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made (it is protected, or the disk is full). Nothing was changed.</source>
        <translation>يتعذّر إنشاء المجلد %1 (إنه محمي، أو القرص ممتلئ). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database %1 could not be backed up before its upgrade, so it was not upgraded. Free some disk space and start the program again.</source>
        <translation>تعذّر أخذ نسخة احتياطية من قاعدة البيانات %1 قبل تحديثها، فلم تُحدَّث. حرّروا بعض المساحة في القرص وأعيدوا تشغيل البرنامج.</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment. Nothing was changed.</source>
        <translation>قاعدة البيانات مشغولة؛ أعيدوا المحاولة بعد لحظة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password, or none was found. Put the right one in the PostgreSQL password file (~/.pgpass). Nothing was changed.</source>
        <translation>لم يقبل الخادم %1 كلمة المرور، أو لم يُعثر على أي كلمة مرور. اكتبوا الكلمة الصحيحة في ملف كلمات مرور PostgreSQL (⁦~/.pgpass⁩). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The server %1 does not let this computer or this user use that database; ask MRA&apos;s administrator. Nothing was changed.</source>
        <translation>لا يسمح الخادم %1 لهذا الحاسوب أو لهذا المستخدم باستعمال قاعدة البيانات هذه؛ اتصلوا بمسؤول النظام لدى MRA. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached; check that it runs and that this computer is on its network. Nothing was changed.</source>
        <translation>تعذّر الوصول إلى الخادم %1؛ تحققوا من أنه يعمل وأن هذا الحاسوب متصل بشبكته. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The server %1 runs a PostgreSQL older than version 13, which mra-desktop cannot use. Nothing was changed.</source>
        <translation>يعمل الخادم %1 بنسخة من PostgreSQL أقدم من النسخة 13، ولا يمكن لـ mra-desktop استعمالها. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The server %1 could not be used. Nothing was changed.</source>
        <translation>تعذّر استعمال الخادم %1. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the folder is missing, protected or full); choose another place.</source>
        <translation>تتعذّر كتابة %1 (المجلد غير موجود أو محمي أو ممتلئ)؛ اختاروا مكانًا آخر.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full. Free some space and try again.</source>
        <translation>تتعذّر كتابة %1: القرص ممتلئ. حرّروا بعض المساحة وأعيدوا المحاولة.</translation>
    </message>
    <message>
        <source>The protocol catalogue is missing from this installation; reinstall mra-desktop.</source>
        <translation>فهرس البروتوكول غير موجود في هذا التثبيت؛ أعيدوا تثبيت mra-desktop.</translation>
    </message>
    <message>
        <source>This meeting uses a version of the protocol this program does not have; update mra-desktop.</source>
        <translation>يستعمل هذا الاجتماع نسخة من البروتوكول لا يتوفر عليها هذا البرنامج؛ حدّثوا mra-desktop.</translation>
    </message>
    <message>
        <source>A font of the report is missing or damaged; reinstall mra-desktop.</source>
        <translation>أحد خطوط التقرير غير موجود أو تالف؛ أعيدوا تثبيت mra-desktop.</translation>
    </message>
    <message>
        <source>A report can be written in Arabic, French or English only.</source>
        <translation>لا يمكن تحرير التقرير إلا بالعربية أو الفرنسية أو الإنجليزية.</translation>
    </message>
    <message>
        <source>This database&apos;s identity (its organisation and this computer&apos;s key) cannot be used as it is; nothing was changed.</source>
        <translation>لا يمكن استعمال هوية قاعدة البيانات هذه (جمعيتها ومفتاح هذا الحاسوب) على حالها؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>This database does not say yet which organisation it belongs to: choose it in Settings first.</source>
        <translation>لا تحدّد قاعدة البيانات هذه بعدُ الجمعية التي تنتمي إليها: اختاروها أولًا في الإعدادات.</translation>
    </message>
    <message>
        <source>This import cannot be undone: it was undone already, or records it brought changed since (undo the later imports first). Nothing was changed.</source>
        <translation>لا يمكن التراجع عن هذا الاستيراد: سبق التراجع عنه، أو تغيّرت منذ ذلك الحين سجلات جاء بها (تراجعوا أولًا عن عمليات الاستيراد اللاحقة). لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Another key of MRA is installed; replacing it must be confirmed. Nothing was changed.</source>
        <translation>مفتاح آخر لـMRA مثبَّت؛ يجب تأكيد استبداله. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The database could not be written (the disk may be full); nothing was changed.</source>
        <translation>تعذّرت الكتابة في قاعدة البيانات (ربما القرص ممتلئ)؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The receipt could not be read or written; nothing was changed.</source>
        <translation>تعذّرت قراءة إشعار الاستلام أو كتابته؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The sync file could not be read or written; nothing was changed. Check the file and the disk, then try again.</source>
        <translation>تعذّرت قراءة ملف المزامنة أو كتابته؛ لم يتغير شيء. تحقّقوا من الملف ومن القرص، ثم أعيدوا المحاولة.</translation>
    </message>
    <message>
        <source>This key file cannot be used: it is missing, damaged, or not the right kind of key (MRA&apos;s public key ends in %1, its private key in %2).</source>
        <translation>لا يمكن استعمال ملف المفتاح هذا: إنه غير موجود أو تالف أو ليس من النوع المطلوب (ينتهي المفتاح العمومي لـ MRA بـ %1، ومفتاحها الخاص بـ %2).</translation>
    </message>
    <message>
        <source>The passphrase is wrong; type it again.</source>
        <translation>عبارة المرور غير صحيحة؛ اكتبوها من جديد.</translation>
    </message>
    <message>
        <source>MRA&apos;s public key is not installed: install it in Settings, or choose an unencrypted file.</source>
        <translation>المفتاح العمومي لـ MRA غير مثبّت: ثبّتوه في الإعدادات، أو اختاروا ملفًا غير مشفّر.</translation>
    </message>
    <message>
        <source>This conflict was decided already, or the choice is not known; nothing was changed.</source>
        <translation>سبق البتّ في هذا التعارض، أو أن الاختيار غير معروف؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This review state does not exist; nothing was changed.</source>
        <translation>حالة المراجعة هذه غير موجودة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This national choice cannot be made; nothing was changed.</source>
        <translation>لا يمكن القيام بهذا الاختيار الوطني؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The matrix cannot be drawn this way; choose two different axes.</source>
        <translation>لا يمكن إعداد المصفوفة بهذا الشكل؛ اختاروا محورين مختلفين.</translation>
    </message>
    <message>
        <source>The database cannot be used as it is; nothing was changed.</source>
        <translation>لا يمكن استعمال قاعدة البيانات على حالها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The period under review must end after it starts.</source>
        <translation>يجب أن تنتهي الفترة المعنية بالتقييم بعد بدايتها.</translation>
    </message>
    <message>
        <source>A single-sector meeting covers one sector only.</source>
        <translation>الاجتماع القطاعي لا يشمل إلا قطاعًا واحدًا.</translation>
    </message>
    <message>
        <source>Not saved: the database could not be written. Your text is kept and will be saved again.</source>
        <translation>لم يُحفظ: تعذّرت الكتابة في قاعدة البيانات. نصّكم محفوظ في الذاكرة وسيُعاد حفظه.</translation>
    </message>
    <message>
        <source>Choose the change as most significant before giving the reason.</source>
        <translation>اختاروا هذا التغيير أولًا باعتباره الأكثر أهمية، ثم اذكروا السبب.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Free some space; your text is kept.</source>
        <translation>لم يتم الحفظ: القرص ممتلئ. المرجو تحرير بعض المساحة؛ لن يضيع نصكم.</translation>
    </message>
    <message>
        <source>Not saved yet: the database is busy. Trying again.</source>
        <translation>لم يتم الحفظ بعد: قاعدة البيانات مشغولة. جارٍ إعادة المحاولة.</translation>
    </message>
</context>
<context>
    <name>MostSignificantPage</name>
    <message>
        <source>&amp;Notes on the choice</source>
        <translation>ملاحظات &amp;حول الاختيار</translation>
    </message>
    <message>
        <source>Notes on the choice of the most significant change</source>
        <translation>ملاحظات حول اختيار التغيير الأكثر أهمية</translation>
    </message>
    <message>
        <source>&amp;Tick the change or changes the group finds most significant (%1)</source>
        <translation>&amp;ضعوا علامة على التغيير أو التغييرات التي تعتبرها المجموعة الأكثر أهمية (%1)</translation>
    </message>
    <message>
        <source>The selected change</source>
        <translation>التغيير المحدد</translation>
    </message>
    <message>
        <source>Changes to choose from</source>
        <translation>التغييرات المطروحة للاختيار</translation>
    </message>
    <message>
        <source>&amp;Why the group chose this change</source>
        <translation>&amp;لماذا اختارت المجموعة هذا التغيير</translation>
    </message>
    <message>
        <source>Why the group chose this change</source>
        <translation>لماذا اختارت المجموعة هذا التغيير</translation>
    </message>
    <message>
        <source>Tick the change first, then write why.</source>
        <translation>ضعوا علامة على التغيير أولًا، ثم اكتبوا السبب.</translation>
    </message>
    <message>
        <source>No change captured yet.</source>
        <translation>لم يُسجَّل أي تغيير بعد.</translation>
    </message>
</context>
<context>
    <name>MraChange</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Chosen by the meeting as its most significant change</source>
        <translation>اختاره الاجتماع بوصفه التغيير الأكثر أهمية</translation>
    </message>
    <message>
        <source>Received change</source>
        <translation>التغيير الوارد</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>&amp;Exemplary: quote it in the national report</source>
        <translation>&amp;نموذجي: يُقتبس في التقرير الوطني</translation>
    </message>
    <message>
        <source>The partner&apos;s text is read-only here; only the partner can change it.</source>
        <translation>نص الشريك للقراءة فقط هنا؛ لا يمكن تعديله إلا من طرف الشريك.</translation>
    </message>
    <message>
        <source>Open the &amp;meeting</source>
        <translation>&amp;فتح الاجتماع</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>MraExport</name>
    <message>
        <source>Export spreadsheets</source>
        <translation>تصدير جداول البيانات</translation>
    </message>
    <message>
        <source>One Excel workbook (.xlsx)</source>
        <translation>مصنف Excel واحد (.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per table, in a folder</source>
        <translation>ملفات CSV، ملف لكل جدول، في مجلد</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>ال&amp;شركاء</translation>
    </message>
    <message>
        <source>Tick some partners to count only their meetings; none: every partner.</source>
        <translation>حدّد بعض الشركاء لاحتساب اجتماعاتهم فقط؛ دون تحديد: جميع الشركاء.</translation>
    </message>
    <message>
        <source>Partners whose meetings count</source>
        <translation>الشركاء الذين تُحتسب اجتماعاتهم</translation>
    </message>
    <message>
        <source>Meetings &amp;from</source>
        <translation>الا&amp;جتماعات من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Meetings up to this date</source>
        <translation>الاجتماعات إلى غاية هذا التاريخ</translation>
    </message>
    <message>
        <source>Include every review &amp;state (not only approved meetings)</source>
        <translation>تضمين جميع حالات ال&amp;مراجعة (وليس الاجتماعات المصادق عليها فقط)</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>ال&amp;حفظ في</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;فتحه</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>ال&amp;صيغة</translation>
    </message>
    <message>
        <source>Save the workbook as</source>
        <translation>حفظ المصنف باسم</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>مصنّفات Excel</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>مجلد ملفات CSV</translation>
    </message>
    <message>
        <source>Writing the spreadsheets…</source>
        <translation>جارٍ كتابة جداول البيانات…</translation>
    </message>
    <message>
        <source>Written to %1: %2 meetings, %3 changes, %4 action items.</source>
        <translation>كُتب في %1: %2 اجتماعات، %3 تغييرات، %4 إجراءات.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>MraMatrix</name>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركات والمشاركون</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الجمعيات الشريكة</translation>
    </message>
    <message>
        <source>%1 changes · %2 meetings · %3 participants · %4 partners</source>
        <translation>%1 تغييرات · %2 اجتماعات · %3 مشاركين · %4 شركاء</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجمعية الشريكة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Exemplary</source>
        <translation>نموذجي</translation>
    </message>
    <message>
        <source>Exemplary: to quote</source>
        <translation>نموذجي: للاقتباس</translation>
    </message>
    <message>
        <source>The meeting&apos;s most significant change</source>
        <translation>التغيير الأكثر أهمية في الاجتماع</translation>
    </message>
    <message>
        <source>Consolidation matrix</source>
        <translation>مصفوفة التجميع</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>ال&amp;صفوف</translation>
    </message>
    <message>
        <source>Col&amp;umns</source>
        <translation>ا&amp;لأعمدة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Meetings from this date</source>
        <translation>الاجتماعات ابتداءً من هذا التاريخ</translation>
    </message>
    <message>
        <source>Meetings up to this date</source>
        <translation>الاجتماعات إلى غاية هذا التاريخ</translation>
    </message>
    <message>
        <source>Only this partner&apos;s meetings</source>
        <translation>اجتماعات هذا الشريك فقط</translation>
    </message>
    <message>
        <source>Include every review &amp;state</source>
        <translation>تضمين جميع &amp;حالات المراجعة</translation>
    </message>
    <message>
        <source>Off: only approved meetings count, as in the national report.</source>
        <translation>غير محدد: لا تُحتسب إلا الاجتماعات المصادق عليها، كما في التقرير الوطني.</translation>
    </message>
    <message>
        <source>&amp;National summary of this cell</source>
        <translation>ال&amp;خلاصة الوطنية لهذه الخانة</translation>
    </message>
    <message>
        <source>A few sentences for the national report; saved as you type</source>
        <translation>بضع جمل للتقرير الوطني؛ تُحفظ أثناء الكتابة</translation>
    </message>
    <message>
        <source>National summary of the selected cell</source>
        <translation>الخلاصة الوطنية للخانة المختارة</translation>
    </message>
    <message>
        <source>Chan&amp;ges in this cell</source>
        <translation>التغييرات في &amp;هذه الخانة</translation>
    </message>
    <message>
        <source>Changes in the selected cell</source>
        <translation>التغييرات في الخانة المختارة</translation>
    </message>
    <message>
        <source>Rea&amp;d the change</source>
        <translation>&amp;قراءة التغيير</translation>
    </message>
    <message>
        <source>Every field of the change (%1)</source>
        <translation>جميع حقول التغيير (%1)</translation>
    </message>
    <message>
        <source>Flag as e&amp;xemplary</source>
        <translation>&amp;وسم التغيير بأنه نموذجي</translation>
    </message>
    <message>
        <source>An exemplary change is quoted in the national report</source>
        <translation>يُقتبس التغيير النموذجي في التقرير الوطني</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>جميع الشركاء</translation>
    </message>
    <message>
        <source>Each cell: the number of changes, then meetings · participants · partners.</source>
        <translation>كل خانة: عدد التغييرات، ثم الاجتماعات · المشاركون · الشركاء.</translation>
    </message>
    <message>
        <source>The period is reversed: its end comes before its start.</source>
        <translation>الفترة معكوسة: نهايتها تسبق بدايتها.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source>all review states</source>
        <translation>جميع حالات المراجعة</translation>
    </message>
    <message>
        <source>approved meetings</source>
        <translation>الاجتماعات المصادق عليها</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix.</source>
        <translation>اختاروا خانة من المصفوفة.</translation>
    </message>
    <message>
        <source>Remove the e&amp;xemplary flag</source>
        <translation>إزالة &amp;وسم النموذجي</translation>
    </message>
</context>
<context>
    <name>MraMsc</name>
    <message>
        <source>Change chosen by a meeting</source>
        <translation>تغيير اختاره اجتماع</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجمعية الشريكة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>New national round</source>
        <translation>جولة وطنية جديدة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Meetings &amp;from</source>
        <translation>الا&amp;جتماعات من</translation>
    </message>
    <message>
        <source>Meetings &amp;to</source>
        <translation>ا&amp;لاجتماعات إلى</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>ال&amp;مجالات</translation>
    </message>
    <message>
        <source>One choice per sector</source>
        <translation>اختيار واحد لكل قطاع</translation>
    </message>
    <message>
        <source>One choice per category of change</source>
        <translation>اختيار واحد لكل فئة من التغييرات</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>National most significant change</source>
        <translation>التغيير الأكثر أهمية على الصعيد الوطني</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>ا&amp;لجولة</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>ج&amp;ولة جديدة…</translation>
    </message>
    <message>
        <source>Include every review &amp;state</source>
        <translation>تضمين جميع &amp;حالات المراجعة</translation>
    </message>
    <message>
        <source>Each meeting chose its most significant change. Per domain, the panel now chooses one of them and says why in full sentences; a member who disagrees can be recorded.</source>
        <translation>اختار كل اجتماع التغيير الأكثر أهمية لديه. وفي كل مجال، تختار اللجنة الآن واحدًا منها وتبيّن السبب بجمل كاملة؛ ويمكن تسجيل رأي العضو المخالف.</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>المجالات</translation>
    </message>
    <message>
        <source>Changes the meetings chose</source>
        <translation>التغييرات التي اختارتها الاجتماعات</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>The panel&apos;s choice</source>
        <translation>اختيار اللجنة</translation>
    </message>
    <message>
        <source>&amp;Why this change (in full sentences)</source>
        <translation>لماذا هذا التغيير (&amp;بجمل كاملة)</translation>
    </message>
    <message>
        <source>Why the panel chose this change</source>
        <translation>لماذا اختارت اللجنة هذا التغيير</translation>
    </message>
    <message>
        <source>D&amp;issent (if any)</source>
        <translation>الرأي المخال&amp;ف (إن وجد)</translation>
    </message>
    <message>
        <source>Dissent of panel members</source>
        <translation>الرأي المخالف لأعضاء اللجنة</translation>
    </message>
    <message>
        <source>Chosen &amp;by</source>
        <translation>ا&amp;ختاره</translation>
    </message>
    <message>
        <source>Who chose</source>
        <translation>من اختار</translation>
    </message>
    <message>
        <source>Ch&amp;oose this change</source>
        <translation>اختيار &amp;هذا التغيير</translation>
    </message>
    <message>
        <source>No round yet: create one for the period of your report.</source>
        <translation>لا توجد جولة بعد: أنشئوا جولة لفترة تقريركم.</translation>
    </message>
    <message>
        <source>Meetings from %1 to %2</source>
        <translation>الاجتماعات من %1 إلى %2</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>تم الاختيار</translation>
    </message>
    <message>
        <source>%1 candidates</source>
        <translation>%1 تغييرات مرشحة</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>لا يوجد تغيير مرشح</translation>
    </message>
    <message>
        <source>Not chosen yet in this domain.</source>
        <translation>لم يتم الاختيار بعد في هذا المجال.</translation>
    </message>
    <message>
        <source>No meeting of this period chose a change in this domain.</source>
        <translation>لم يختر أي اجتماع في هذه الفترة تغييرًا في هذا المجال.</translation>
    </message>
    <message>
        <source>Chosen by %1 on %2</source>
        <translation>اختاره %1 بتاريخ %2</translation>
    </message>
</context>
<context>
    <name>MraReceived</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجمعية الشريكة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>%1 conflict(s) waiting for a decision</source>
        <translation>%1 تعارض(ات) في انتظار قرار</translation>
    </message>
    <message>
        <source>Received meetings</source>
        <translation>الاجتماعات الواردة</translation>
    </message>
    <message>
        <source>Search titles, places, partners, comments</source>
        <translation>البحث في العناوين والأماكن والشركاء والتعليقات</translation>
    </message>
    <message>
        <source>Search the received meetings</source>
        <translation>البحث في الاجتماعات الواردة</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>التصفية حسب الشريك</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>التصفية حسب الجهة</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>التصفية حسب القطاع</translation>
    </message>
    <message>
        <source>Filter by review state</source>
        <translation>التصفية حسب حالة المراجعة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Meetings from this date</source>
        <translation>الاجتماعات ابتداءً من هذا التاريخ</translation>
    </message>
    <message>
        <source>Meetings up to this date</source>
        <translation>الاجتماعات إلى غاية هذا التاريخ</translation>
    </message>
    <message>
        <source>Bac&amp;k to received</source>
        <translation>الإرجا&amp;ع إلى متوصَّل به</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>لم تتم مراجعته بعد</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>&amp;وسم بأنه تمت مراجعته</translation>
    </message>
    <message>
        <source>Read, not approved yet</source>
        <translation>قُرئ ولم تتم المصادقة عليه بعد</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>الم&amp;صادقة</translation>
    </message>
    <message>
        <source>Approved meetings count in the national report</source>
        <translation>تُحتسب الاجتماعات المصادق عليها في التقرير الوطني</translation>
    </message>
    <message>
        <source>Has &amp;issues</source>
        <translation>&amp;به ملاحظات</translation>
    </message>
    <message>
        <source>Something must be corrected; say what in the comment</source>
        <translation>يجب تصحيح أمر ما؛ بيّنوه في التعليق</translation>
    </message>
    <message>
        <source>Comme&amp;nt</source>
        <translation>ا&amp;لتعليق</translation>
    </message>
    <message>
        <source>What the partner should correct or complete; saved as you type</source>
        <translation>ما ينبغي للشريك تصحيحه أو استكماله؛ يُحفظ أثناء الكتابة</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>تعليق المراجعة</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>&amp;Open the meeting</source>
        <translation>&amp;فتح الاجتماع</translation>
    </message>
    <message>
        <source>Read the whole meeting</source>
        <translation>قراءة الاجتماع كاملًا</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>جميع الشركاء</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>جميع الجهات</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>جميع القطاعات</translation>
    </message>
    <message>
        <source>All review states</source>
        <translation>جميع حالات المراجعة</translation>
    </message>
    <message>
        <source>No meeting matches these filters.</source>
        <translation>لا يوجد اجتماع يطابق هذه المرشحات.</translation>
    </message>
    <message>
        <source>No meeting has been received yet: import partners&apos; sync files (File ▸ Import sync files…).</source>
        <translation>لم يصل أي اجتماع بعد: استوردوا ملفات المزامنة الخاصة بالشركاء (ملف ▸ استيراد ملفات المزامنة…).</translation>
    </message>
    <message>
        <source>Only approved meetings count in the national report and spreadsheets.</source>
        <translation>لا تُحتسب في التقرير الوطني وجداول البيانات إلا الاجتماعات المصادق عليها.</translation>
    </message>
    <message>
        <source>received on %1</source>
        <translation>ورد بتاريخ %1</translation>
    </message>
    <message>
        <source>%1 participants · %2 changes · %3 action items</source>
        <translation>%1 مشاركين · %2 تغييرات · %3 إجراءات</translation>
    </message>
    <message>
        <source>the partner sent a new version after it was marked %1; read it and set its state again</source>
        <translation>أرسل الشريك نسخة جديدة بعد وسمه بـ«%1»؛ اقرؤوه وحدّدوا حالته من جديد</translation>
    </message>
    <message>
        <source>%1 conflict(s) waiting for a decision (File ▸ Import sync files)</source>
        <translation>%1 تعارض(ات) في انتظار قرار (ملف ▸ استيراد ملفات المزامنة)</translation>
    </message>
    <message>
        <source>Reviewing as %1</source>
        <translation>المراجعة باسم %1</translation>
    </message>
    <message>
        <source>Write your name in Settings: every review says who made it.</source>
        <translation>اكتبوا اسمكم في الإعدادات: كل مراجعة تذكر من قام بها.</translation>
    </message>
    <message>
        <source>Review state set: %1</source>
        <translation>حالة المراجعة: %1</translation>
    </message>
</context>
<context>
    <name>MraReport</name>
    <message>
        <source>National report</source>
        <translation>التقرير الوطني</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;لغة التقرير</translation>
    </message>
    <message>
        <source>The report&apos;s language, whatever the language of the interface</source>
        <translation>لغة التقرير، كيفما كانت لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>&amp;كتابة التقرير</translation>
    </message>
    <message>
        <source>Write the national report</source>
        <translation>كتابة التقرير الوطني</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;فتح التقرير</translation>
    </message>
    <message>
        <source>File to write the report to</source>
        <translation>الملف الذي يُكتب فيه التقرير</translation>
    </message>
    <message>
        <source>Save the national report as</source>
        <translation>حفظ التقرير الوطني باسم</translation>
    </message>
    <message>
        <source>Writing the national report…</source>
        <translation>جارٍ كتابة التقرير الوطني…</translation>
    </message>
    <message>
        <source>The national report was saved to %1: %2 meetings, %3 good practices, %4 action-plan items raised.</source>
        <translation>حُفظ التقرير الوطني في %1: عدد الاجتماعات %2، وعدد الممارسات الجيدة %3، وعدد بنود خطط العمل المطروحة %4.</translation>
    </message>
</context>
<context>
    <name>MraReview</name>
    <message>
        <source>Received by MRA</source>
        <translation>توصّلت بها MRA</translation>
    </message>
    <message>
        <source>Reviewed by MRA</source>
        <translation>راجعتها MRA</translation>
    </message>
    <message>
        <source>Approved by MRA</source>
        <translation>صادقت عليها MRA</translation>
    </message>
    <message>
        <source>MRA found issues</source>
        <translation>لاحظت MRA مشاكل</translation>
    </message>
    <message>
        <source>New version sent to MRA</source>
        <translation>أُرسلت نسخة جديدة إلى MRA</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 بتاريخ %2</translation>
    </message>
    <message>
        <source>MRA had marked it “%1” before your newer version arrived; MRA will review it again.</source>
        <translation>كانت MRA قد وسمته بـ«%1» قبل وصول نسختكم الأحدث؛ وستراجعه MRA من جديد.</translation>
    </message>
    <message>
        <source>MRA&apos;s comment: %1</source>
        <translation>تعليق MRA: %1</translation>
    </message>
    <message>
        <source>%1 National most significant change (%2): “%3”. MRA&apos;s reason: %4</source>
        <translation>%1 التغيير الأكثر أهمية على الصعيد الوطني (%2): «%3». سبب اختيار MRA: %4</translation>
    </message>
    <message>
        <source>From MRA&apos;s receipt of %1.</source>
        <translation>حسب إشعار الاستلام من MRA بتاريخ %1.</translation>
    </message>
    <message>
        <source>Refused: this file is damaged, altered or not a receipt from MRA; nothing was changed.</source>
        <translation>مرفوض: هذا الملف تالف أو معدَّل أو ليس إشعار استلام من MRA؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Refused: a newer version of mra-desktop wrote this receipt; update the program to read it.</source>
        <translation>مرفوض: كتبت هذا الإشعارَ نسخةٌ أحدث من mra-desktop؛ حدّثوا البرنامج لقراءته.</translation>
    </message>
    <message>
        <source>Refused: this receipt was not signed by the MRA key installed here; nothing was changed.</source>
        <translation>مرفوض: لم يوقَّع هذا الإشعار بمفتاح MRA المثبّت هنا؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>MRA&apos;s current key is not installed here, so receipts cannot be checked: install MRA&apos;s public key file in Settings (compare its fingerprint with MRA by phone).</source>
        <translation>مفتاح MRA الحالي غير مثبّت هنا، لذا لا يمكن التحقق من إشعارات الاستلام: ثبّتوا ملف المفتاح العمومي لـ MRA في الإعدادات (قارنوا بصمته مع MRA عبر الهاتف).</translation>
    </message>
    <message>
        <source>Refused: this receipt is for another organisation or another computer; nothing was changed.</source>
        <translation>مرفوض: هذا الإشعار موجَّه إلى جمعية أخرى أو إلى حاسوب آخر؛ لم يتغيّر أي شيء.</translation>
    </message>
</context>
<context>
    <name>MraSide</name>
    <message>
        <source>&amp;Consolidation</source>
        <translation>التجم&amp;يع</translation>
    </message>
    <message>
        <source>&amp;Received meetings</source>
        <translation>الاجتماعات ال&amp;واردة</translation>
    </message>
    <message>
        <source>Meetings imported from partners, and their review</source>
        <translation>الاجتماعات المستوردة من الشركاء ومراجعتها</translation>
    </message>
    <message>
        <source>Consolidation &amp;matrix</source>
        <translation>&amp;مصفوفة التجميع</translation>
    </message>
    <message>
        <source>The approved meetings&apos; changes by sector and sub-theme</source>
        <translation>تغييرات الاجتماعات المصادق عليها حسب القطاع والمحور الفرعي</translation>
    </message>
    <message>
        <source>National most &amp;significant change</source>
        <translation>ال&amp;تغيير الأكثر أهمية على الصعيد الوطني</translation>
    </message>
    <message>
        <source>The panel&apos;s choice among the meetings&apos; most significant changes</source>
        <translation>اختيار اللجنة من بين التغييرات الأكثر أهمية في الاجتماعات</translation>
    </message>
    <message>
        <source>&amp;National report…</source>
        <translation>التقرير الو&amp;طني…</translation>
    </message>
    <message>
        <source>The national report of the approved meetings as a PDF</source>
        <translation>التقرير الوطني للاجتماعات المصادق عليها بصيغة PDF</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheets…</source>
        <translation>&amp;تصدير جداول البيانات…</translation>
    </message>
    <message>
        <source>The received meetings as an Excel workbook or CSV files</source>
        <translation>الاجتماعات الواردة في مصنف Excel أو ملفات CSV</translation>
    </message>
    <message>
        <source>Spreadsheets written: %1</source>
        <translation>كُتبت جداول البيانات: %1</translation>
    </message>
    <message>
        <source>National report written: %1</source>
        <translation>كُتب التقرير الوطني: %1</translation>
    </message>
</context>
<context>
    <name>MraWords</name>
    <message>
        <source>Received</source>
        <translation>متوصَّل به</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت مراجعته</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مصادَق عليه</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>به ملاحظات</translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation>تغيّر بعد المراجعة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Sector and sub-theme</source>
        <translation>القطاع والمحور الفرعي</translation>
    </message>
    <message>
        <source>Due diligence obligation</source>
        <translation>التزام العناية الواجبة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجمعية الشريكة</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>نوع التغيير</translation>
    </message>
    <message>
        <source>Category of change</source>
        <translation>صنف التغيير</translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation>المجاميع فقط</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>No sub-theme</source>
        <translation>بدون محور فرعي</translation>
    </message>
    <message>
        <source>Say what the issue is in the comment first.</source>
        <translation>بيّنوا أولًا في التعليق ما هي الملاحظة.</translation>
    </message>
    <message>
        <source>Write your name in Settings first: every review says who made it.</source>
        <translation>اكتبوا اسمكم أولًا في الإعدادات: كل مراجعة تذكر من قام بها.</translation>
    </message>
    <message>
        <source>Only meetings received from a partner are reviewed.</source>
        <translation>لا تُراجع إلا الاجتماعات الواردة من شريك.</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>التعليق طويل جدًا.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>الاسم طويل جدًا.</translation>
    </message>
    <message>
        <source>Write the reason as full sentences: why this change matters more than the others.</source>
        <translation>اكتبوا السبب بجمل كاملة: لماذا يُعد هذا التغيير أهم من غيره.</translation>
    </message>
    <message>
        <source>End the reason as a sentence ends, with a full stop.</source>
        <translation>أنهوا السبب كما تنتهي الجملة، بنقطة.</translation>
    </message>
    <message>
        <source>Write the name of who chose.</source>
        <translation>اكتبوا اسم من قام بالاختيار.</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>أعطوا الجولة عنوانًا.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>يجب أن تنتهي الفترة بعد بدايتها.</translation>
    </message>
    <message>
        <source>Choose among the changes the meetings chose as most significant.</source>
        <translation>اختاروا من بين التغييرات التي اختارتها الاجتماعات بوصفها الأكثر أهمية.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>النص طويل جدًا.</translation>
    </message>
    <message>
        <source>The period is reversed: its end comes before its start. Nothing was written.</source>
        <translation>الفترة معكوسة: نهايتها تسبق بدايتها. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>This partner is not in the database. Nothing was written.</source>
        <translation>هذا الشريك غير موجود في قاعدة البيانات. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>No meeting counts in this period. Nothing was written.</source>
        <translation>لا يُحتسب أي اجتماع في هذه الفترة. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The summary is too long.</source>
        <translation>الخلاصة طويلة جدًا.</translation>
    </message>
</context>
<context>
    <name>NewIssueDialog</name>
    <message>
        <source>New newsletter issue</source>
        <translation>عدد جديد من النشرة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>ال&amp;فترة من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>آخر يوم في الفترة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Editorial</source>
        <translation>الافتتا&amp;حية</translation>
    </message>
    <message>
        <source>The draft starts with the period&apos;s figures, the national most significant changes and the exemplary changes of approved meetings — only those the partner allows to be quoted. You can then reorder, remove, add and edit them.</source>
        <translation>تبدأ المسودة بأرقام الفترة والتغييرات الأكثر أهمية على الصعيد الوطني والتغييرات النموذجية للاجتماعات المصادق عليها — فقط تلك التي تسمح الجمعية الشريكة باقتباسها. يمكنك بعد ذلك إعادة ترتيبها وحذفها وإضافة غيرها وتعديلها.</translation>
    </message>
    <message>
        <source>&amp;Make the draft</source>
        <translation>إعداد ال&amp;مسودة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>NewsletterSide</name>
    <message>
        <source>News&amp;letter</source>
        <translation>الن&amp;شرة</translation>
    </message>
    <message>
        <source>&amp;New issue…</source>
        <translation>عدد &amp;جديد…</translation>
    </message>
    <message>
        <source>A draft of the newsletter for a period, pre-filled</source>
        <translation>مسودة للنشرة عن فترة، معبأة مسبقا</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>ال&amp;أعداد</translation>
    </message>
    <message>
        <source>The newsletter&apos;s issues: compose, preview, publish, save</source>
        <translation>أعداد النشرة: التحرير والمعاينة والنشر والحفظ</translation>
    </message>
</context>
<context>
    <name>NewsletterView</name>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>What changed (the opening)</source>
        <translation>ما الذي تغير (المقدمة)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>من اتخذ القرار</translation>
    </message>
    <message>
        <source>Results and impact</source>
        <translation>النتائج والأثر</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>لماذا يهم هذا التغيير</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>النشرة</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>ال&amp;أعداد</translation>
    </message>
    <message>
        <source>Ite&amp;ms of the issue</source>
        <translation>مو&amp;اد العدد</translation>
    </message>
    <message>
        <source>&amp;New issue…</source>
        <translation>عدد &amp;جديد…</translation>
    </message>
    <message>
        <source>Delete the draft…</source>
        <translation>حذف المسودة…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>نقل المادة إلى الأعلى (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>نقل المادة إلى الأسفل (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Take the item out of the issue (Del); the change stays as it is</source>
        <translation>سحب المادة من العدد (Del)؛ يبقى التغيير كما هو</translation>
    </message>
    <message>
        <source>&amp;Add a change…</source>
        <translation>إ&amp;ضافة تغيير…</translation>
    </message>
    <message>
        <source>Add the figures</source>
        <translation>إضافة الأرقام</translation>
    </message>
    <message>
        <source>Title of the iss&amp;ue</source>
        <translation>عنوان العد&amp;د</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>ال&amp;فترة من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>آخر يوم في الفترة</translation>
    </message>
    <message>
        <source>&amp;Editorial</source>
        <translation>الافتتا&amp;حية</translation>
    </message>
    <message>
        <source>Count the figures again</source>
        <translation>إعادة حساب الأرقام</translation>
    </message>
    <message>
        <source>Meetings approved since the draft was made are counted too</source>
        <translation>تُحتسب أيضا الاجتماعات التي صودق عليها بعد إعداد المسودة</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Take the texts from the change again</source>
        <translation>استعادة نصوص التغيير</translation>
    </message>
    <message>
        <source>Your edits of this item are replaced by the change&apos;s texts</source>
        <translation>تُستبدل تعديلاتك على هذه المادة بنصوص التغيير</translation>
    </message>
    <message>
        <source>Pre&amp;view (as the e-mail shows it)</source>
        <translation>المعا&amp;ينة (كما تظهر في البريد الإلكتروني)</translation>
    </message>
    <message>
        <source>Pu&amp;blish…</source>
        <translation>ن&amp;شر…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML (e-mail)…</source>
        <translation>حفظ بصيغة HTML (&amp;بريد إلكتروني)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ ب&amp;صيغة PDF…</translation>
    </message>
    <message>
        <source>⚠ may no longer be quoted</source>
        <translation>⚠ لم يعد قابلا للاقتباس</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>معدّل</translation>
    </message>
    <message>
        <source>newer version</source>
        <translation>نسخة أحدث</translation>
    </message>
    <message>
        <source>No issue yet: Newsletter ▸ New issue… makes a draft.</source>
        <translation>لا يوجد أي عدد بعد: النشرة ◂ عدد جديد… يُعد مسودة.</translation>
    </message>
    <message>
        <source>Issue %1, published on %2 by %3. A published issue cannot be changed; it can be saved again as HTML or PDF.</source>
        <translation>العدد %1، نُشر في %2 من طرف %3. لا يمكن تغيير عدد منشور، ويمكن حفظه من جديد بصيغة HTML أو PDF.</translation>
    </message>
    <message>
        <source>Draft made on %1 by %2.</source>
        <translation>مسودة أُعدّت في %1 من طرف %2.</translation>
    </message>
    <message>
        <source>Choose an item of the issue to edit its texts.</source>
        <translation>اختر مادة من العدد لتعديل نصوصها.</translation>
    </message>
    <message>
        <source>The figures are counted from the approved meetings of the period.</source>
        <translation>تُحتسب الأرقام من الاجتماعات المصادق عليها خلال الفترة.</translation>
    </message>
    <message>
        <source>national most significant change</source>
        <translation>التغيير الأكثر أهمية على الصعيد الوطني</translation>
    </message>
    <message>
        <source>exemplary change</source>
        <translation>تغيير نموذجي</translation>
    </message>
    <message>
        <source>From a change recorded by %1 at the meeting of %2 — %3.</source>
        <translation>عن تغيير سجلته %1 في اجتماع %2 — %3.</translation>
    </message>
    <message>
        <source>Edited for the newsletter; the change itself is unchanged.</source>
        <translation>عُدّل للنشرة، ويبقى التغيير نفسه دون تغيير.</translation>
    </message>
    <message>
        <source>The partner no longer allows this change to be quoted: it is left out of what is printed. Remove it before publishing.</source>
        <translation>لم تعد الجمعية الشريكة تسمح باقتباس هذا التغيير، فهو مستبعد مما يُطبع. اسحبه قبل النشر.</translation>
    </message>
    <message>
        <source>Anonymised at the partner&apos;s request: the names of the meeting&apos;s people are replaced and the place follows the change&apos;s level. Read the texts for any other name before publishing.</source>
        <translation>مجهول الهوية بطلب من الجمعية الشريكة: تُستبدل أسماء الأشخاص المشاركين في الاجتماع ويتبع المكان مستوى التغيير. راجع النصوص بحثا عن أي اسم آخر قبل النشر.</translation>
    </message>
    <message>
        <source>The partner has sent a newer version of this change since its texts were taken.</source>
        <translation>أرسلت الجمعية الشريكة نسخة أحدث من هذا التغيير بعد أخذ نصوصه.</translation>
    </message>
    <message>
        <source>Item removed from the issue; Add a change… puts it back.</source>
        <translation>سُحبت المادة من العدد؛ يعيدها أمر «إضافة تغيير…».</translation>
    </message>
    <message>
        <source>Chosen changes left out because their partner has not agreed that they may be quoted: %1.</source>
        <translation>تغييرات مختارة استُبعدت لأن الجمعية الشريكة لم توافق على اقتباسها: %1.</translation>
    </message>
    <message>
        <source>Draft made.</source>
        <translation>أُعدّت المسودة.</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Delete the draft “%1” and its items? The partners&apos; changes stay as they are.</source>
        <translation>حذف المسودة «%1» وموادها؟ تبقى تغييرات الجمعيات الشريكة كما هي.</translation>
    </message>
    <message>
        <source>Publish the issue</source>
        <translation>نشر العدد</translation>
    </message>
    <message>
        <source>Publish “%1” as issue %2, dated today? A published issue can no longer be changed.</source>
        <translation>نشر «%1» بوصفه العدد %2 بتاريخ اليوم؟ لا يمكن تغيير عدد بعد نشره.</translation>
    </message>
    <message>
        <source>Issue %1 published.</source>
        <translation>نُشر العدد %1.</translation>
    </message>
    <message>
        <source>Save the issue as</source>
        <translation>حفظ العدد باسم</translation>
    </message>
    <message>
        <source>E-mail pages (*.html)</source>
        <translation>صفحات البريد الإلكتروني (*.html)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the issue…</source>
        <translation>جارٍ كتابة العدد…</translation>
    </message>
    <message>
        <source>Issue saved: %1</source>
        <translation>حُفظ العدد: %1</translation>
    </message>
    <message>
        <source>Items left out because their partner no longer allows them to be quoted: %1.</source>
        <translation>مواد استُبعدت لأن الجمعية الشريكة لم تعد تسمح باقتباسها: %1.</translation>
    </message>
</context>
<context>
    <name>NewsletterWords</name>
    <message>
        <source>The partner has not agreed that this change may be quoted; it cannot enter an issue.</source>
        <translation>لم توافق الجمعية الشريكة على اقتباس هذا التغيير، فلا يمكن إدراجه في أي عدد.</translation>
    </message>
    <message>
        <source>An item quotes a change the partner no longer allows to be quoted; remove it, then publish.</source>
        <translation>تقتبس إحدى المواد تغييرا لم تعد الجمعية الشريكة تسمح باقتباسه؛ اسحبها ثم انشر.</translation>
    </message>
    <message>
        <source>This issue was published; a published issue cannot be changed.</source>
        <translation>نُشر هذا العدد، ولا يمكن تغيير عدد منشور.</translation>
    </message>
    <message>
        <source>Give it a title.</source>
        <translation>أعطه عنوانا.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>النص طويل جدا.</translation>
    </message>
    <message>
        <source>This change is already in the issue.</source>
        <translation>هذا التغيير موجود في العدد.</translation>
    </message>
    <message>
        <source>Put at least one change in the issue before publishing it.</source>
        <translation>أدرج تغييرا واحدا على الأقل في العدد قبل نشره.</translation>
    </message>
    <message>
        <source>Give the period of the issue: its first and its last day.</source>
        <translation>حدد فترة العدد: يومها الأول ويومها الأخير.</translation>
    </message>
    <message>
        <source>Several issues have an id that starts this way; type more of the id.</source>
        <translation>عدة أعداد لها معرّف يبدأ هكذا؛ اكتبوا جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
        <source>The newsletter cannot be changed this way; nothing was changed.</source>
        <translation>لا يمكن تعديل النشرة بهذه الطريقة؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>A newsletter is written in Arabic, French or English.</source>
        <translation>تُكتب النشرة بالعربية أو الفرنسية أو الإنجليزية.</translation>
    </message>
    <message>
        <source>Draft — %1</source>
        <translation>مسودة — %1</translation>
    </message>
    <message>
        <source>No. %1 — %2</source>
        <translation>العدد %1 — %2</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>%1 to %2 · in %3</source>
        <translation>من %1 إلى %2 · %3</translation>
    </message>
    <message>
        <source>The period in figures</source>
        <translation>الفترة بالأرقام</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>الصفة أو المنصب</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>الاسم (اختياري)</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>This card cannot be enrolled: its key or its organisation is already known differently here (the details are in the tooltip). Nothing was enrolled.</source>
        <translation>لا يمكن تسجيل هذه البطاقة: مفتاحها أو جمعيتها معروفان هنا بشكل مختلف (التفاصيل في التلميح). لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>This is not a usable identity card (damaged, altered, or another kind of file). Nothing was enrolled.</source>
        <translation>هذه ليست بطاقة هوية صالحة للاستعمال (تالفة أو معدَّلة أو ملف من نوع آخر). لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>Partner devices</source>
        <translation>أجهزة الشركاء</translation>
    </message>
    <message>
        <source>MRA imports only the sync files signed by a device enrolled here, and only the records of the organisation it was enrolled for. Each partner sends the identity card of its computer (Settings ▸ This computer).</source>
        <translation>لا تستورد MRA إلا ملفات المزامنة الموقَّعة من جهاز مسجَّل هنا، ولا تستورد منها إلا سجلات الجمعية التي سُجِّل الجهاز لها. يرسل كل شريك بطاقة هوية حاسوبه (الإعدادات ▸ هذا الحاسوب).</translation>
    </message>
    <message>
        <source>Drop a partner&apos;s identity card (.mraid) here, or choose it.</source>
        <translation>أفلتوا هنا بطاقة هوية أحد الشركاء (.mraid)، أو اختاروها.</translation>
    </message>
    <message>
        <source>C&amp;hoose a card…</source>
        <translation>ا&amp;ختيار بطاقة…</translation>
    </message>
    <message>
        <source>Choose a partner&apos;s identity card</source>
        <translation>اختيار بطاقة هوية أحد الشركاء</translation>
    </message>
    <message>
        <source>Card to enrol</source>
        <translation>بطاقة للتسجيل</translation>
    </message>
    <message>
        <source>Call the partner and read this fingerprint aloud; enrol the device only if it is exactly the one their Settings show. The card may have been changed on its way.</source>
        <translation>اتصلوا بالشريك واقرأوا هذه البصمة بصوت عالٍ؛ لا تسجّلوا الجهاز إلا إذا كانت مطابقة تمامًا لما تعرضه إعداداته. قد تكون البطاقة قد غُيّرت في الطريق.</translation>
    </message>
    <message>
        <source>&amp;Enrol this device (the fingerprints match)</source>
        <translation>&amp;تسجيل هذا الجهاز (البصمتان متطابقتان)</translation>
    </message>
    <message>
        <source>&amp;Do not enrol</source>
        <translation>&amp;عدم التسجيل</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>بصمة البطاقة</translation>
    </message>
    <message>
        <source>&amp;Revoke this device…</source>
        <translation>إ&amp;لغاء هذا الجهاز…</translation>
    </message>
    <message>
        <source>Refuse the chosen device&apos;s files from now on (a stolen laptop, a facilitator who left)</source>
        <translation>رفض ملفات الجهاز المختار من الآن فصاعدًا (حاسوب مسروق، ميسّرة غادرت)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>آخر استيراد</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>الاستيرادات</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enrolled partner devices</source>
        <translation>أجهزة الشركاء المسجَّلة</translation>
    </message>
    <message>
        <source>A partner&apos;s identity card</source>
        <translation>بطاقة هوية أحد الشركاء</translation>
    </message>
    <message>
        <source>Identity cards (*.mraid);;All files (*)</source>
        <translation>بطاقات الهوية (*.mraid);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Organisation: %1
Organisation id: %2
Device: %3</source>
        <translation>الجمعية: %1
معرّف الجمعية: %2
الجهاز: %3</translation>
    </message>
    <message>
        <source>This device of %1 was already enrolled; nothing changed.</source>
        <translation>هذا الجهاز التابع لـ %1 مسجَّل من قبل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Enrolled: a device of %1. Its signed files can now be imported.</source>
        <translation>تم التسجيل: جهاز تابع لـ %1. يمكن الآن استيراد ملفاته الموقَّعة.</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>أُلغي بتاريخ %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Revoke this device?</source>
        <translation>إلغاء هذا الجهاز؟</translation>
    </message>
    <message>
        <source>Revoke the device of %1 with the fingerprint %2? Its files will be refused from now on; what it sent before stays. A revoked device cannot be enrolled again: the partner will have to make a new key.</source>
        <translation>إلغاء جهاز %1 ذي البصمة %2؟ ستُرفض ملفاته من الآن فصاعدًا، ويبقى ما أرسله من قبل. لا يمكن تسجيل جهاز مُلغى من جديد: على الشريك إنشاء مفتاح جديد.</translation>
    </message>
    <message>
        <source>Revoked: the device of %1. Its files are refused from now on.</source>
        <translation>تم الإلغاء: جهاز %1. تُرفض ملفاته من الآن فصاعدًا.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>mra-desktop — presenter</source>
        <translation>mra-desktop — العرض</translation>
    </message>
    <message>
        <source>Presenter window</source>
        <translation>نافذة العرض</translation>
    </message>
</context>
<context>
    <name>PreviousPlan</name>
    <message>
        <source>Not recorded yet</source>
        <translation>لم يُسجَّل بعد</translation>
    </message>
    <message>
        <source>The action plan of the previous meeting (%1, %2)</source>
        <translation>خطة عمل الاجتماع السابق (%1، %2)</translation>
    </message>
    <message>
        <source>What became of each item since then? Choose its status and say why in a comment; the report prints them under the action plan.</source>
        <translation>ما الذي آل إليه كل إجراء منذ ذلك الحين؟ اختاروا وضعيته واذكروا السبب في تعليق؛ يوردها التقرير تحت خطة العمل.</translation>
    </message>
    <message>
        <source>Status of: %1</source>
        <translation>وضعية: %1</translation>
    </message>
    <message>
        <source>Comment on: %1</source>
        <translation>تعليق على: %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Receipts from MRA</source>
        <translation>إشعارات الاستلام من MRA</translation>
    </message>
    <message>
        <source>After importing your sync files, MRA sends a receipt: which files arrived and how each meeting was reviewed. Import it here, or drop the file on this window; it is checked with MRA&apos;s key installed in Settings.</source>
        <translation>بعد استيراد ملفات المزامنة الخاصة بكم، ترسل MRA إشعار استلام: أي الملفات وصلت وكيف رُوجع كل اجتماع. استوردوه هنا، أو أفلتوا الملف على هذه النافذة؛ يُتحقَّق منه بمفتاح MRA المثبّت في الإعدادات.</translation>
    </message>
    <message>
        <source>&amp;Receipts</source>
        <translation>الإ&amp;شعارات</translation>
    </message>
    <message>
        <source>Your sync files that MRA imported</source>
        <translation>ملفات المزامنة الخاصة بكم التي استوردتها MRA</translation>
    </message>
    <message>
        <source>Your meetings, as MRA reviewed them</source>
        <translation>اجتماعاتكم كما راجعتها MRA</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <source>Imported by MRA</source>
        <translation>تاريخ استيراد MRA</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تعارضات</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>Undone by MRA</source>
        <translation>تاريخ تراجع MRA</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>MRA&apos;s review</source>
        <translation>مراجعة MRA</translation>
    </message>
    <message>
        <source>MRA&apos;s comment and national choice</source>
        <translation>تعليق MRA والاختيار الوطني</translation>
    </message>
    <message>
        <source>No receipt from MRA yet. MRA sends one (a file ending in .mrareceipt) after importing your sync files.</source>
        <translation>لا يوجد إشعار استلام من MRA بعد. ترسل MRA إشعارًا (ملفًا امتداده mrareceipt) بعد استيراد ملفات المزامنة الخاصة بكم.</translation>
    </message>
    <message>
        <source>&amp;Import a receipt…</source>
        <translation>ا&amp;ستيراد إشعار استلام…</translation>
    </message>
    <message>
        <source>Choose a receipt file MRA sent you</source>
        <translation>اختيار ملف إشعار استلام أرسلته إليكم MRA</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (رقم %2)</translation>
    </message>
    <message>
        <source>Imported on %1 from %2</source>
        <translation>استُورد بتاريخ %1 من %2</translation>
    </message>
    <message>
        <source>A receipt from MRA</source>
        <translation>إشعار استلام من MRA</translation>
    </message>
    <message>
        <source>Receipts from MRA (*.mrareceipt);;All files (*)</source>
        <translation>إشعارات الاستلام من MRA (*.mrareceipt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>This receipt of %1 was already imported on %2; nothing changed.</source>
        <translation>سبق استيراد إشعار الاستلام هذا المؤرخ في %1 بتاريخ %2؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Receipt of %1 imported: MRA&apos;s review of %2 meeting(s) is shown.</source>
        <translation>استُورد إشعار الاستلام المؤرخ في %1: تُعرض مراجعة MRA لـ %2 اجتماع(ات).</translation>
    </message>
    <message>
        <source>%1 meeting(s) keep what a newer receipt said.</source>
        <translation>يحتفظ %1 اجتماع(ات) بما ذكره إشعار أحدث.</translation>
    </message>
    <message>
        <source>%1 meeting(s) are no longer held by MRA.</source>
        <translation>لم تعد MRA تحتفظ بـ %1 اجتماع(ات).</translation>
    </message>
</context>
<context>
    <name>RecipientKey</name>
    <message>
        <source>Sync files are encrypted for MRA&apos;s key. Its fingerprint, to compare with MRA&apos;s by phone:</source>
        <translation>تُشفَّر ملفات المزامنة بمفتاح MRA. هذه بصمته، لمقارنتها مع بصمة MRA عبر الهاتف:</translation>
    </message>
    <message>
        <source>MRA&apos;s key is not installed, so sync files cannot be encrypted. MRA sends it as a file ending in %1.</source>
        <translation>مفتاح MRA غير مثبّت، لذا لا يمكن تشفير ملفات المزامنة. ترسله MRA في ملف ينتهي بـ %1.</translation>
    </message>
    <message>
        <source>&amp;Install MRA&apos;s key…</source>
        <translation>ت&amp;ثبيت مفتاح MRA…</translation>
    </message>
    <message>
        <source>Replace MRA&apos;s &amp;key…</source>
        <translation>استبدال &amp;مفتاح MRA…</translation>
    </message>
    <message>
        <source>Re&amp;move the key</source>
        <translation>إ&amp;زالة المفتاح</translation>
    </message>
    <message>
        <source>Install MRA&apos;s public key from a file</source>
        <translation>تثبيت المفتاح العام لـ MRA من ملف</translation>
    </message>
    <message>
        <source>Remove MRA&apos;s public key</source>
        <translation>إزالة المفتاح العام لـ MRA</translation>
    </message>
    <message>
        <source>Fingerprint of MRA&apos;s key</source>
        <translation>بصمة مفتاح MRA</translation>
    </message>
    <message>
        <source>MRA&apos;s public key</source>
        <translation>المفتاح العام لـ MRA</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>المفاتيح العمومية</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>جميع الملفات</translation>
    </message>
    <message>
        <source>Replace MRA&apos;s key?</source>
        <translation>استبدال مفتاح MRA؟</translation>
    </message>
    <message>
        <source>Another MRA key is installed (fingerprint %1). The new key has the fingerprint %2. Replace it only if MRA gave you the new one: compare both with MRA by phone first.</source>
        <translation>مفتاح آخر لـ MRA مثبّت (البصمة %1). بصمة المفتاح الجديد هي %2. لا تستبدلوه إلا إذا أعطتكم MRA المفتاح الجديد: قارنوا البصمتين مع MRA عبر الهاتف أولًا.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>A vague change and a precise one</source>
        <translation>تغيير غامض وتغيير دقيق</translation>
    </message>
    <message>
        <source>Vague</source>
        <translation>وصف غامض</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>وصف دقيق</translation>
    </message>
    <message>
        <source>&amp;Precision check</source>
        <translation>ا&amp;لتحقق من الدقة</translation>
    </message>
    <message>
        <source>Questions of the fiche each change does not answer yet. Click one (or press %1) to answer it.</source>
        <translation>أسئلة البطاقة التقنية التي لم يُجب عنها بعد في كل تغيير. انقروا على أحدها (أو اضغطوا على %1) للإجابة عنه.</translation>
    </message>
    <message>
        <source>Questions not answered yet, by change</source>
        <translation>الأسئلة التي لم يُجب عنها بعد، حسب التغيير</translation>
    </message>
    <message>
        <source>Every change answers all the questions of the fiche.</source>
        <translation>كل التغييرات تجيب عن جميع أسئلة البطاقة التقنية.</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>ملخص الاجتماع</translation>
    </message>
    <message>
        <source>Sector not given</source>
        <translation>قطاع غير محدد</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركات والمشاركون</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>لم يُسجَّل أي مشارك.</translation>
    </message>
    <message>
        <source>Changes by sector</source>
        <translation>التغييرات حسب القطاع</translation>
    </message>
    <message>
        <source>No changes captured.</source>
        <translation>لم يُسجَّل أي تغيير.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Most significant change</source>
        <translation>التغيير الأكثر أهمية</translation>
    </message>
    <message>
        <source>Not chosen yet.</source>
        <translation>لم يتم اختياره بعد.</translation>
    </message>
    <message>
        <source>Status of the meeting: %1</source>
        <translation>حالة الاجتماع: %1</translation>
    </message>
    <message>
        <source>Reopen the meeting</source>
        <translation>إعادة فتح الاجتماع</translation>
    </message>
    <message>
        <source>Mark the meeting completed</source>
        <translation>إنهاء الاجتماع</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>منظمتكم</translation>
    </message>
    <message>
        <source>You</source>
        <translation>معلوماتكم</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>لغة ال&amp;واجهة</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ال&amp;منظمة</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ا&amp;لاسم</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>المدي&amp;نة</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>الج&amp;هة</translation>
    </message>
    <message>
        <source>&amp;Facilitator&apos;s name</source>
        <translation>اسم الميسّ&amp;رة أو الميسّر</translation>
    </message>
    <message>
        <source>A new organisation</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>e.g. the partner association&apos;s name</source>
        <translation>مثلًا: اسم الجمعية الشريكة</translation>
    </message>
    <message>
        <source>City of the organisation</source>
        <translation>مدينة المنظمة</translation>
    </message>
    <message>
        <source>Region of the organisation</source>
        <translation>جهة المنظمة</translation>
    </message>
    <message>
        <source>Facilitator&apos;s name</source>
        <translation>اسم الميسّرة أو الميسّر</translation>
    </message>
    <message>
        <source>Written on every new meeting</source>
        <translation>يُدرج في كل اجتماع جديد</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Sending to MRA</source>
        <translation>الإرسال إلى MRA</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>The shortcuts of the screens open now, by menu and screen. A meeting&apos;s own shortcuts are listed while a meeting is open.</source>
        <translation>اختصارات الشاشات المفتوحة الآن، حسب القائمة والشاشة. تظهر اختصارات الاجتماع الخاصة به عندما يكون اجتماع مفتوحًا.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>الممارسات الجيدة</translation>
    </message>
    <message>
        <source>Most significant change</source>
        <translation>التغيير الأكثر أهمية</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>المرحلة %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncExport</name>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركات والمشاركون</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>This sync file is not encrypted: anyone who gets a copy of it can read everything it holds.</source>
        <translation>ملف المزامنة هذا غير مشفّر: يستطيع كل من يحصل على نسخة منه قراءة كل ما يتضمنه.</translation>
    </message>
    <message>
        <source>Export for MRA</source>
        <translation>التصدير إلى MRA</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <source>What it contains</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Export &amp;without encryption</source>
        <translation>التصدير &amp;دون تشفير</translation>
    </message>
    <message>
        <source>E&amp;verything</source>
        <translation>&amp;كل شيء</translation>
    </message>
    <message>
        <source>&amp;Only what changed since the last export (%1)</source>
        <translation>&amp;فقط ما تغيّر منذ آخر تصدير (%1)</translation>
    </message>
    <message>
        <source>&amp;Only what changed since the last export (there was none)</source>
        <translation>&amp;فقط ما تغيّر منذ آخر تصدير (لم يسبق أي تصدير)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>To export</source>
        <translation>للتصدير</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>فتح ال&amp;مجلد</translation>
    </message>
    <message>
        <source>File to write the sync file to</source>
        <translation>الملف الذي سيُكتب فيه ملف المزامنة</translation>
    </message>
    <message>
        <source>Choose where to save the sync file</source>
        <translation>اختيار مكان حفظ ملف المزامنة</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>التصدير دون تشفير</translation>
    </message>
    <message>
        <source>Records per type</source>
        <translation>العناصر حسب النوع</translation>
    </message>
    <message>
        <source>Result of the export</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <source>Demo records stay on this computer: they are never exported (%1).</source>
        <translation>تبقى بيانات العرض التجريبي على هذا الحاسوب: لا تُصدَّر أبدًا (%1).</translation>
    </message>
    <message>
        <source>Records of other organisations stay on this computer: a sync file carries only your organisation&apos;s records (%1).</source>
        <translation>تبقى سجلات الجمعيات الأخرى على هذا الحاسوب: لا يحمل ملف المزامنة إلا سجلات جمعيتكم (%1).</translation>
    </message>
    <message>
        <source>Choose your organisation in Settings first.</source>
        <translation>اختاروا أولًا جمعيتكم في الإعدادات.</translation>
    </message>
    <message>
        <source>Install MRA&apos;s key, or choose to export without encryption.</source>
        <translation>ثبّتوا مفتاح MRA، أو اختاروا التصدير دون تشفير.</translation>
    </message>
    <message>
        <source>Save the sync file as</source>
        <translation>حفظ ملف المزامنة باسم</translation>
    </message>
    <message>
        <source>Sync files</source>
        <translation>ملفات المزامنة</translation>
    </message>
    <message>
        <source>Writing the sync file…</source>
        <translation>جارٍ كتابة ملف المزامنة…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>تمت الكتابة: %1</translation>
    </message>
    <message>
        <source>Records: %1 (deletion marks: %2).</source>
        <translation>عدد العناصر: %1 (علامات الحذف: %2).</translation>
    </message>
    <message>
        <source>Encrypted for MRA&apos;s key.</source>
        <translation>مشفّر بمفتاح MRA.</translation>
    </message>
    <message>
        <source>Signed by this computer (fingerprint %1).</source>
        <translation>موقَّع من هذا الحاسوب (البصمة %1).</translation>
    </message>
</context>
<context>
    <name>SyncImport</name>
    <message>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>سبق استيراده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Waiting for the key</source>
        <translation>في انتظار المفتاح</translation>
    </message>
    <message>
        <source>Imported; exported on %1.</source>
        <translation>تم الاستيراد؛ تاريخ التصدير: %1.</translation>
    </message>
    <message>
        <source>Already imported on %1; nothing changed.</source>
        <translation>سبق استيراده بتاريخ %1؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>لم يتم الاستيراد: أُلغيت عملية الاستيراد.</translation>
    </message>
    <message>
        <source>Encrypted: unlock MRA&apos;s private key to import it.</source>
        <translation>مشفّر: افتحوا المفتاح الخاص لـ MRA لاستيراده.</translation>
    </message>
    <message>
        <source>Refused: the file is damaged, altered or not a sync file; nothing of it was imported.</source>
        <translation>مرفوض: الملف تالف أو معدَّل أو ليس ملف مزامنة؛ لم يُستورد منه أي شيء.</translation>
    </message>
    <message>
        <source>Refused: it completes an earlier file of this partner that has not been imported yet; import that file first (nothing of this one was imported).</source>
        <translation>مرفوض: هذا الملف يكمّل ملفًا سابقًا لهذا الشريك لم يُستورد بعد؛ استوردوا ذلك الملف أولًا (لم يُستورد شيء من هذا الملف).</translation>
    </message>
    <message>
        <source>Refused: a newer version of mra-desktop wrote this file; update the program to import it.</source>
        <translation>مرفوض: كُتب هذا الملف بإصدار أحدث من mra-desktop؛ المرجو تحديث البرنامج لاستيراده.</translation>
    </message>
    <message>
        <source>Refused: this file was encrypted for a key that is not unlocked here.</source>
        <translation>مرفوض: شُفّر هذا الملف لمفتاح غير مفتوح هنا.</translation>
    </message>
    <message>
        <source>Refused: it was signed by a device MRA has not enrolled (or names another device); enrol the partner&apos;s identity card in Partners first.</source>
        <translation>مرفوض: وقّعه جهاز لم تسجّله MRA (أو يذكر جهازًا آخر)؛ سجّلوا أولًا بطاقة هوية الشريك في «الشركاء».</translation>
    </message>
    <message>
        <source>Refused: it was signed by a device MRA revoked.</source>
        <translation>مرفوض: وقّعه جهاز ألغته MRA.</translation>
    </message>
    <message>
        <source>Refused: it is not signed (an older version of mra-desktop made it); tick “Also import unsigned files” to import it anyway.</source>
        <translation>مرفوض: غير موقَّع (أنشأته نسخة أقدم من mra-desktop)؛ فعّلوا خيار «استيراد الملفات غير الموقَّعة أيضًا» لاستيراده رغم ذلك.</translation>
    </message>
    <message>
        <source>Refused: it is not encrypted; tick “Also import files that are not encrypted” to import it anyway.</source>
        <translation>مرفوض: غير مشفّر؛ فعّلوا خيار «استيراد الملفات غير المشفّرة أيضًا» لاستيراده رغم ذلك.</translation>
    </message>
    <message>
        <source>Refused: it holds records that do not belong to the organisation its device is enrolled for; nothing of it was imported.</source>
        <translation>مرفوض: يتضمّن سجلات لا تنتمي إلى الجمعية التي سُجّل جهازه لها؛ لم يُستورد منه أي شيء.</translation>
    </message>
    <message>
        <source>Import partners&apos; sync files</source>
        <translation>استيراد ملفات المزامنة الواردة من الشركاء</translation>
    </message>
    <message>
        <source>Ch&amp;oose files…</source>
        <translation>&amp;اختيار الملفات…</translation>
    </message>
    <message>
        <source>Choose the sync files to import</source>
        <translation>اختيار ملفات المزامنة المراد استيرادها</translation>
    </message>
    <message>
        <source>MRA&apos;s private key</source>
        <translation>المفتاح الخاص لـ MRA</translation>
    </message>
    <message>
        <source>&amp;Key file</source>
        <translation>م&amp;لف المفتاح</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Also import files that are not encr&amp;ypted</source>
        <translation>استيراد الملفات &amp;غير المشفّرة أيضًا</translation>
    </message>
    <message>
        <source>Also import unsi&amp;gned files (older mra-desktop)</source>
        <translation>استيراد الملفات غير الم&amp;وقَّعة أيضًا (نسخة أقدم من mra-desktop)</translation>
    </message>
    <message>
        <source>Undo th&amp;is import…</source>
        <translation>التراجع عن هذا الا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>&amp;Write a receipt for the partner…</source>
        <translation>&amp;كتابة إشعار استلام للشريك…</translation>
    </message>
    <message>
        <source>A signed file for the partner of the chosen import: which of its files arrived, and how MRA reviewed each of its meetings (state and comment)</source>
        <translation>ملف موقَّع لشريك الاستيراد المختار: أي ملفاته وصلت، وكيف راجعت MRA كل اجتماع من اجتماعاته (الحالة والتعليق)</translation>
    </message>
    <message>
        <source>MRA&apos;s private key file</source>
        <translation>ملف المفتاح الخاص لـ MRA</translation>
    </message>
    <message>
        <source>Choose MRA&apos;s private key file</source>
        <translation>اختيار ملف المفتاح الخاص لـ MRA</translation>
    </message>
    <message>
        <source>Passphrase of the private key</source>
        <translation>عبارة مرور المفتاح الخاص</translation>
    </message>
    <message>
        <source>Unlock the private key</source>
        <translation>فتح قفل المفتاح الخاص</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجمعية الشريكة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تعارضات</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>مشفّر</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>موقَّع من</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>تاريخ التراجع</translation>
    </message>
    <message>
        <source>Receipt written on</source>
        <translation>تاريخ كتابة إشعار الاستلام</translation>
    </message>
    <message>
        <source>What happened to each file</source>
        <translation>مآل كل ملف</translation>
    </message>
    <message>
        <source>Every import so far, newest first</source>
        <translation>جميع عمليات الاستيراد حتى الآن، من الأحدث إلى الأقدم</translation>
    </message>
    <message>
        <source>Files imported now</source>
        <translation>الملفات المستوردة الآن</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>التعارضات (%1)</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <source>Unlocked for this session; fingerprint %1.</source>
        <translation>مفتوح طوال هذه الجلسة؛ البصمة: %1.</translation>
    </message>
    <message>
        <source>Encrypted files need MRA&apos;s private key, unlocked once per session. Files that are not encrypted need no key.</source>
        <translation>تحتاج الملفات المشفّرة إلى المفتاح الخاص لـ MRA، ويُفتح قفله مرة واحدة في كل جلسة. أما الملفات غير المشفّرة فلا تحتاج إلى أي مفتاح.</translation>
    </message>
    <message>
        <source>Private keys</source>
        <translation>المفاتيح الخاصة</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>جميع الملفات</translation>
    </message>
    <message>
        <source>Sync files</source>
        <translation>ملفات المزامنة</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>غير موقَّع</translation>
    </message>
    <message>
        <source>Receipt no. %1, written on %2 at %3 UTC, saved as %4.</source>
        <translation>إشعار الاستلام رقم %1، كُتب في %2 على الساعة %3 بتوقيت UTC، وحُفظ باسم %4.</translation>
    </message>
    <message>
        <source>No receipt written for this import yet.</source>
        <translation>لم يُكتب بعدُ أي إشعار استلام لهذا الاستيراد.</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>التراجع عن هذا الاستيراد؟</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2, imported on %3)? The records it brought are removed and those it replaced get their earlier version back.</source>
        <translation>التراجع عن استيراد %1 (%2، استُورد بتاريخ %3)؟ تُزال السجلات التي جلبها وتستعيد السجلات التي استبدلها نسختها السابقة.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>جارٍ التراجع عن الاستيراد…</translation>
    </message>
    <message>
        <source>Import undone: %1 records removed, %2 given back their earlier version.</source>
        <translation>تم التراجع عن الاستيراد: أُزيل %1 سجلًا، واستعاد %2 نسختها السابقة.</translation>
    </message>
    <message>
        <source>This import cannot be undone: later imports changed some of its records (or a conflict of it was decided); undo those first.</source>
        <translation>لا يمكن التراجع عن هذا الاستيراد: غيّرت استيرادات لاحقة بعض سجلاته (أو حُسم أحد تعارضاته)؛ تراجعوا عنها أولًا.</translation>
    </message>
    <message>
        <source>Save the receipt as</source>
        <translation>حفظ إشعار الاستلام باسم</translation>
    </message>
    <message>
        <source>Receipts for partners</source>
        <translation>إشعارات الاستلام للشركاء</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>جارٍ كتابة إشعار الاستلام…</translation>
    </message>
    <message>
        <source>Receipt for %1 written to %2: %3 file(s), %4 meeting(s) with MRA&apos;s review. Send it to the partner (e-mail, WhatsApp or USB stick); only the partner&apos;s enrolled computers can read it.</source>
        <translation>كُتب إشعار الاستلام الخاص بـ %1 في %2: %3 ملف(ات)، و%4 اجتماع(ات) مع مراجعة MRA. أرسلوه إلى الشريك (بريد إلكتروني أو واتساب أو مفتاح USB)؛ لا تستطيع قراءته إلا حواسيب الشريك المسجَّلة.</translation>
    </message>
    <message>
        <source>This partner has no enrolled computer, so no receipt can be encrypted for it: enrol the partner&apos;s identity card first (File ▸ Partners…).</source>
        <translation>لا يملك هذا الشريك أي حاسوب مسجَّل، لذا لا يمكن تشفير إشعار استلام له: سجّلوا أولًا بطاقة هوية الشريك (ملف ▸ الشركاء…).</translation>
    </message>
    <message>
        <source>Choose MRA&apos;s private key file first.</source>
        <translation>اختاروا أولًا ملف المفتاح الخاص لـ MRA.</translation>
    </message>
    <message>
        <source>It was not encrypted.</source>
        <translation>لم يكن مشفّرًا.</translation>
    </message>
    <message>
        <source>It was not signed: nothing shows who made it.</source>
        <translation>لم يكن موقَّعًا: لا شيء يبيّن من أنشأه.</translation>
    </message>
    <message>
        <source>Drop %1 files here, several at once if you like, or choose them.</source>
        <translation>أفلتوا هنا ملفات %1، ويمكن إفلات عدة ملفات دفعة واحدة، أو اختاروها.</translation>
    </message>
    <message>
        <source>Fo&amp;rget the keys</source>
        <translation>مسح المفاتيح من ال&amp;ذاكرة</translation>
    </message>
    <message>
        <source>Unlock &amp;another key…</source>
        <translation>فتح مفتا&amp;ح آخر…</translation>
    </message>
    <message>
        <source>While MRA changes its key, files may come for the old or the new one</source>
        <translation>أثناء تغيير MRA لمفتاحها، قد تصل ملفات مشفّرة للمفتاح القديم أو الجديد</translation>
    </message>
    <message>
        <source>Anyone could have read such a file on its way. Tick only for files you know the origin of; it stays ticked until the program closes.</source>
        <translation>كان بإمكان أي أحد قراءة مثل هذا الملف في الطريق. لا تفعّلوا هذا الخيار إلا لملفات تعرفون مصدرها؛ يبقى مفعّلًا إلى أن يُغلق البرنامج.</translation>
    </message>
    <message>
        <source>Nothing shows who made an unsigned file: anyone could have written it. Its records may still only be one organisation&apos;s, never MRA&apos;s own.</source>
        <translation>لا شيء يبيّن من أنشأ ملفًا غير موقَّع: كان بإمكان أي أحد كتابته. ومع ذلك لا يجوز أن تكون سجلاته إلا لجمعية واحدة، ولا تمسّ أبدًا سجلات MRA نفسها.</translation>
    </message>
    <message>
        <source>Remove what the chosen import brought and give back what it replaced</source>
        <translation>إزالة ما جلبه الاستيراد المختار وإرجاع ما استبدله</translation>
    </message>
    <message>
        <source>The file ending in %1</source>
        <translation>الملف الذي ينتهي بـ %1</translation>
    </message>
    <message>
        <source>Forget the unlocked keys</source>
        <translation>نسيان المفاتيح المفتوحة</translation>
    </message>
    <message>
        <source>The passphrase is wrong; type it again.</source>
        <translation>عبارة المرور غير صحيحة؛ المرجو كتابتها من جديد.</translation>
    </message>
    <message>
        <source>Sync files to import</source>
        <translation>ملفات المزامنة المراد استيرادها</translation>
    </message>
    <message>
        <source>An import is running; drop the files again when it ends.</source>
        <translation>هناك عملية استيراد جارية؛ أفلتوا الملفات من جديد عند انتهائها.</translation>
    </message>
    <message>
        <source>Importing sync files…</source>
        <translation>جارٍ استيراد ملفات المزامنة…</translation>
    </message>
    <message>
        <source>Encrypted files waiting for MRA&apos;s private key: %1. Choose the key file and type its passphrase.</source>
        <translation>عدد الملفات المشفّرة التي تنتظر المفتاح الخاص: %1. اختاروا ملف المفتاح الخاص لـ MRA واكتبوا عبارة مروره.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
</TS>
