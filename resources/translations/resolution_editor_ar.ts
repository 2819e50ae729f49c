<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AuthorBar</name>
    <message>
        <source>Your Name…</source>
        <translation>اسمك…</translation>
    </message>
    <message>
        <source>Keep this name</source>
        <translation>الإبقاء على هذا الاسم</translation>
    </message>
    <message>
        <source>Your changes are recorded as “{0}”. Give your name or administration if it should be another.</source>
        <translation>تُسجَّل تعديلاتك باسم &quot;{0}&quot;. أدخل اسمك أو اسم إدارتك إن كان ينبغي أن يكون غيره.</translation>
    </message>
    <message>
        <source>Your changes are recorded without a name. Give your name or administration, as revision marks should show it.</source>
        <translation>تُسجَّل تعديلاتك بلا اسم. أدخل اسمك أو اسم إدارتك كما ينبغي أن تظهره علامات المراجعة.</translation>
    </message>
</context>
<context>
    <name>BodyCommands</name>
    <message>
        <source>%1: a figure takes a PNG, JPEG or GIF picture</source>
        <translation>%1: يقبل الشكل صورة PNG أو JPEG أو GIF</translation>
    </message>
    <message>
        <source>%1: the picture is larger than %2 MiB</source>
        <translation>%1: الصورة أكبر من %2 MiB</translation>
    </message>
    <message>
        <source>%1: could not be read (%2)</source>
        <translation>%1: تعذرت القراءة (%2)</translation>
    </message>
    <message>
        <source>%1: not a picture this editor can show (damaged, or of another kind than its name says)</source>
        <translation>%1: ليست صورة يستطيع هذا المحرر عرضها (تالفة أو من نوع غير الذي يدل عليه اسمها)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;المتن</translation>
    </message>
    <message>
        <source>Body &amp;Section</source>
        <translation>&amp;قسم من المتن</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;جدول</translation>
    </message>
    <message>
        <source>Table &amp;Row</source>
        <translation>&amp;صف جدول</translation>
    </message>
    <message>
        <source>&amp;Figure…</source>
        <translation>&amp;شكل…</translation>
    </message>
    <message>
        <source>&amp;Appendix</source>
        <translation>&amp;تذييل</translation>
    </message>
    <message>
        <source>Insert Figure</source>
        <translation>إدراج شكل</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>صور (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Inserted clause</source>
        <translation>فقرة مُدرجة</translation>
    </message>
    <message>
        <source>Deleted clause</source>
        <translation>فقرة محذوفة</translation>
    </message>
    <message>
        <source>Inserted section</source>
        <translation>قسم مُدرج</translation>
    </message>
    <message>
        <source>Deleted section</source>
        <translation>قسم محذوف</translation>
    </message>
    <message>
        <source>Inserted annex</source>
        <translation>ملحق مُدرج</translation>
    </message>
    <message>
        <source>Deleted annex</source>
        <translation>ملحق محذوف</translation>
    </message>
    <message>
        <source>Inserted footnote</source>
        <translation>حاشية مُدرجة</translation>
    </message>
    <message>
        <source>Deleted footnote</source>
        <translation>حاشية محذوفة</translation>
    </message>
    <message>
        <source>Inserted proposal</source>
        <translation>مقترح مُدرج</translation>
    </message>
    <message>
        <source>Deleted proposal</source>
        <translation>مقترح محذوف</translation>
    </message>
    <message>
        <source>Inserted resolution</source>
        <translation>قرار مُدرج</translation>
    </message>
    <message>
        <source>Deleted resolution</source>
        <translation>قرار محذوف</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التعديلات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>رفض الكل</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n تعديل</numerusform>
            <numerusform>تعديل واحد</numerusform>
            <numerusform>تعديلان</numerusform>
            <numerusform>%n تعديلات</numerusform>
            <numerusform>%n تعديلاً</numerusform>
            <numerusform>%n تعديل</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept change</source>
        <translation>قبول التعديل</translation>
    </message>
    <message>
        <source>Reject change</source>
        <translation>رفض التعديل</translation>
    </message>
    <message>
        <source>Accept all changes</source>
        <translation>قبول كل التعديلات</translation>
    </message>
    <message>
        <source>Reject all changes</source>
        <translation>رفض كل التعديلات</translation>
    </message>
</context>
<context>
    <name>CommentCommands</name>
    <message>
        <source>New Co&amp;mment…</source>
        <translation>&amp;تعليق جديد…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Comment</source>
        <translation>التعليق ال&amp;تالي</translation>
    </message>
    <message>
        <source>Pre&amp;vious Comment</source>
        <translation>التعليق ال&amp;سابق</translation>
    </message>
    <message>
        <source>No more comments.</source>
        <translation>لا مزيد من التعليقات.</translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation>تعليق جديد</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>التعليق:</translation>
    </message>
    <message>
        <source>Comments are added in the Markup view.</source>
        <translation>تُضاف التعليقات في عرض العلامات.</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>تعليق جديد</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>On</source>
        <translation>على</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حسم</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n تعليق</numerusform>
            <numerusform>تعليق واحد</numerusform>
            <numerusform>تعليقان</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقاً</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation>
            <numerusform>، %n مفتوح</numerusform>
            <numerusform>، واحد مفتوح</numerusform>
            <numerusform>، اثنان مفتوحان</numerusform>
            <numerusform>، %n مفتوحة</numerusform>
            <numerusform>، %n مفتوحاً</numerusform>
            <numerusform>، %n مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Your reply to %1:</source>
        <translation>ردك على %1:</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>الرد على التعليق</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>حسم التعليق</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>إعادة فتح التعليق</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>حذف التعليق</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>the document has no unsaved changes</source>
        <translation>ليس في المستند تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>the recovery copy could not be written (%1), so save the document under a new name now</source>
        <translation>تعذرت كتابة نسخة الاسترداد (%1)، لذا احفظ المستند الآن باسم جديد</translation>
    </message>
    <message>
        <source>the document has unsaved changes and no recovery folder, so save it under a new name now</source>
        <translation>في المستند تعديلات غير محفوظة ولا يوجد مجلد استرداد، لذا احفظه الآن باسم جديد</translation>
    </message>
    <message>
        <source>your work is kept in the recovery file %1</source>
        <translation>عملك محفوظ في ملف الاسترداد %1</translation>
    </message>
    <message>
        <source>Something went wrong while %1; %2; the details are copied to the clipboard.</source>
        <translation>حدث خطأ أثناء %1؛ %2؛ نُسخت التفاصيل إلى الحافظة.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>تنفيذ %1</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Export &amp;Word Document…</source>
        <translation>تصدير مستند &amp;Word…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>تصدير P&amp;DF…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>م&amp;عاينة الطباعة…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>صُدِّر %1</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>كلمات كاملة فقط</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>بحث عن:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>استبدال بـ:</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>بحث عن السابق</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>بحث عن التالي</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>لم يُعثر عليه.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n تطابق.</numerusform>
            <numerusform>تطابق واحد.</numerusform>
            <numerusform>تطابقان.</numerusform>
            <numerusform>%n تطابقات.</numerusform>
            <numerusform>%n تطابقاً.</numerusform>
            <numerusform>%n تطابق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>لم يُستبدل أي موضع.</numerusform>
            <numerusform>استُبدل موضع واحد.</numerusform>
            <numerusform>استُبدل موضعان.</numerusform>
            <numerusform>استُبدلت %n مواضع.</numerusform>
            <numerusform>استُبدل %n موضعاً.</numerusform>
            <numerusform>استُبدل %n موضع.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import messages</source>
        <translation>رسائل الاستيراد</translation>
    </message>
    <message>
        <source>Double-click a message, or press Enter, to go to its place in the document</source>
        <translation>انقر نقراً مزدوجاً على رسالة، أو اضغط Enter، للانتقال إلى موضعها في المستند</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the messages to the clipboard</source>
        <translation>نسخ الرسائل إلى الحافظة</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported as a new, untitled document. The importer had to judge %n place(s) in it; check them against the text:</source>
        <translation>
            <numerusform>استُورد %1 مستنداً جديداً بلا عنوان. اضطر المستورد إلى تقدير %n موضع فيه؛ تحقق منها بمقارنتها بالنص:</numerusform>
            <numerusform>استُورد %1 مستنداً جديداً بلا عنوان. اضطر المستورد إلى تقدير موضعاً واحداً فيه؛ تحقق منها بمقارنتها بالنص:</numerusform>
            <numerusform>استُورد %1 مستنداً جديداً بلا عنوان. اضطر المستورد إلى تقدير موضعين فيه؛ تحقق منها بمقارنتها بالنص:</numerusform>
            <numerusform>استُورد %1 مستنداً جديداً بلا عنوان. اضطر المستورد إلى تقدير %n مواضع فيه؛ تحقق منها بمقارنتها بالنص:</numerusform>
            <numerusform>استُورد %1 مستنداً جديداً بلا عنوان. اضطر المستورد إلى تقدير %n موضعاً فيه؛ تحقق منها بمقارنتها بالنص:</numerusform>
            <numerusform>استُورد %1 مستنداً جديداً بلا عنوان. اضطر المستورد إلى تقدير %n موضع فيه؛ تحقق منها بمقارنتها بالنص:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyword</name>
    <message>
        <source>New section</source>
        <translation>قسم جديد</translation>
    </message>
    <message>
        <source>Section keyword</source>
        <translation>الكلمة المفتاحية للقسم</translation>
    </message>
    <message>
        <source>Keyword:</source>
        <translation>الكلمة المفتاحية:</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language of the document:</source>
        <translation>لغة المستند:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Markup</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>النهائي</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>الأصلي</translation>
    </message>
    <message>
        <source>The interface language changes when the editor next starts.</source>
        <translation>تتغير لغة الواجهة عند تشغيل المحرر في المرة القادمة.</translation>
    </message>
    <message>
        <source>New &amp;Resolution…</source>
        <translation>&amp;قرار جديد…</translation>
    </message>
    <message>
        <source>New &amp;Contribution…</source>
        <translation>م&amp;ساهمة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Import Text or Word…</source>
        <translation>ا&amp;ستيراد نص أو ملف Word…</translation>
    </message>
    <message>
        <source>Make a new document from a Word file, or from text copied out of Word or a PDF</source>
        <translation>إنشاء وثيقة جديدة من ملف Word، أو من نص منسوخ من Word أو من ملف PDF</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;بحث واستبدال…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>ا&amp;ستبدال…</translation>
    </message>
    <message>
        <source>&amp;Footnote</source>
        <translation>&amp;حاشية</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;غامق</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;مائل</translation>
    </message>
    <message>
        <source>New &amp;Clause</source>
        <translation>&amp;فقرة جديدة</translation>
    </message>
    <message>
        <source>Into Sub-item &amp;Level</source>
        <translation>النزول إلى مستوى الفقرة ال&amp;فرعية</translation>
    </message>
    <message>
        <source>&amp;Out of Sub-item Level</source>
        <translation>ال&amp;خروج من مستوى الفقرة الفرعية</translation>
    </message>
    <message>
        <source>&amp;Delete Clause</source>
        <translation>&amp;حذف الفقرة</translation>
    </message>
    <message>
        <source>Delete the clause at the cursor, with its sub-items</source>
        <translation>حذف الفقرة التي عندها المؤشر مع فقراتها الفرعية</translation>
    </message>
    <message>
        <source>Insert &amp;Section After…</source>
        <translation>إدراج &amp;قسم بعد…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>الل&amp;وح التالي</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>اللوح ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Track Changes</source>
        <translation>&amp;تتبع التعديلات</translation>
    </message>
    <message>
        <source>Record every edit as an insertion or deletion against the base text</source>
        <translation>تسجيل كل تحرير إدراجاً أو حذفاً بالنسبة إلى النص الأساسي</translation>
    </message>
    <message>
        <source>&amp;Author Name…</source>
        <translation>اسم ال&amp;مؤلف…</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;About Resolution Editor</source>
        <translation>&amp;حول محرر القرارات</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح مستند &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>ت&amp;كبير/تصغير</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>الأ&amp;لواح</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Track Changes: On</source>
        <translation>تتبع التعديلات: يعمل</translation>
    </message>
    <message>
        <source>Track Changes: Off</source>
        <translation>تتبع التعديلات: متوقف</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>العرض: %1</translation>
    </message>
    <message>
        <source>Track Changes is not available in an ADD proposal: the whole text is new.</source>
        <translation>تتبع التعديلات غير متاح في مقترح ADD: النص كله جديد.</translation>
    </message>
    <message>
        <source>The document has unsaved changes. Save them before closing?</source>
        <translation>في المستند تعديلات غير محفوظة. هل تريد حفظها قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>The editor was not closed normally. Restore the autosaved copy of %1?</source>
        <translation>لم يُغلق المحرر بصورة عادية. هل تريد استعادة النسخة المحفوظة تلقائياً من %1؟</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>مستند جديد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Resolution documents (*.xml);;Word documents to import (*.docx);;Plain text to import (*.txt);;All files (*)</source>
        <translation>وثائق القرارات (*.xml);;وثائق Word للاستيراد (*.docx);;نص عادي للاستيراد (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Plain text or Word (*.txt *.docx);;All files (*)</source>
        <translation>نص عادي أو Word (*.txt *.docx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Your own language data could not be used: %1</source>
        <translation>تعذّر استخدام بيانات اللغة الخاصة بك: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 as a new, untitled document; %n place(s) to check in the Import messages list.</source>
        <translation>
            <numerusform>استُورد %1 وثيقةً جديدة بلا عنوان؛ لا مواضع للمراجعة في قائمة رسائل الاستيراد.</numerusform>
            <numerusform>استُورد %1 وثيقةً جديدة بلا عنوان؛ موضع واحد للمراجعة في قائمة رسائل الاستيراد.</numerusform>
            <numerusform>استُورد %1 وثيقةً جديدة بلا عنوان؛ موضعان للمراجعة في قائمة رسائل الاستيراد.</numerusform>
            <numerusform>استُورد %1 وثيقةً جديدة بلا عنوان؛ %n مواضع للمراجعة في قائمة رسائل الاستيراد.</numerusform>
            <numerusform>استُورد %1 وثيقةً جديدة بلا عنوان؛ %n موضعًا للمراجعة في قائمة رسائل الاستيراد.</numerusform>
            <numerusform>استُورد %1 وثيقةً جديدة بلا عنوان؛ %n موضع للمراجعة في قائمة رسائل الاستيراد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Resolution documents (*.xml)</source>
        <translation>مستندات القرارات (*.xml)</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Your name or administration, as revision marks show it:</source>
        <translation>اسمك أو اسم إدارتك كما ستظهره علامات المراجعة:</translation>
    </message>
    <message>
        <source>Author Name</source>
        <translation>اسم المؤلف</translation>
    </message>
    <message>
        <source>About Resolution Editor</source>
        <translation>حول محرر القرارات</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Resolution Editor&lt;/h3&gt;&lt;p&gt;Draft ITU resolutions and the proposals that change them (ADD, MOD, SUP, NOC), offline, with real revision marks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;محرر القرارات&lt;/h3&gt;&lt;p&gt;صياغة قرارات الاتحاد الدولي للاتصالات والمقترحات التي تعدّلها (ADD وMOD وSUP وNOC) دون اتصال بالإنترنت، مع علامات مراجعة حقيقية.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported %1 as a new, untitled document.</source>
        <translation>استُورد %1 مستنداً جديداً بلا عنوان.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>The document was not saved: %1. Your work is still open in the window.</source>
        <translation>لم يُحفظ المستند: %1. لا يزال عملك مفتوحاً في النافذة.</translation>
    </message>
    <message>
        <source>The recovery copy could not be written (%1), so a crash now would lose your unsaved work; save it, or use Save As to put it on another disk.</source>
        <translation>تعذرت كتابة نسخة الاسترداد (%1)، لذا فإن أي تعطل الآن سيفقدك عملك غير المحفوظ؛ احفظه، أو استخدم «حفظ باسم» لوضعه على قرص آخر.</translation>
    </message>
    <message>
        <source>The recovery folder %1 %2, so unsaved work cannot be kept safe from a crash until that is put right; save your work often.</source>
        <translation>مجلد الاسترداد %1 %2، لذا لا يمكن حماية العمل غير المحفوظ من التعطل إلى أن يُصلح ذلك؛ احفظ عملك كثيراً.</translation>
    </message>
    <message>
        <source>Restored %1; its last edits could not be replayed: %2.</source>
        <translation>استُعيد %1؛ تعذرت إعادة تنفيذ آخر تحريراته: %2.</translation>
    </message>
    <message>
        <source>it was kept as %1</source>
        <translation>احتُفظ بها باسم %1</translation>
    </message>
    <message>
        <source>it stays where it is, since it could not be moved aside (%1)</source>
        <translation>تبقى في مكانها، إذ تعذر نقلها جانباً (%1)</translation>
    </message>
    <message>
        <source>The autosaved copy of %1 cannot be restored because it %2 (%3); %4.</source>
        <translation>لا يمكن استعادة النسخة المحفوظة تلقائياً من %1 لأنها %2 (%3)؛ %4.</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>Inserted by %1, %2</source>
        <translation>أدرجه %1، %2</translation>
    </message>
    <message>
        <source>Deleted by %1, %2</source>
        <translation>حذفه %1، %2</translation>
    </message>
    <message>
        <source>an unknown author</source>
        <translation>مؤلف غير معروف</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Resolution text</source>
        <translation>نص القرار</translation>
    </message>
    <message>
        <source>(no keyword)</source>
        <translation>(بلا كلمة مفتاحية)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>الملحق</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>الجدول:</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>الشكل:</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (محذوف)</translation>
    </message>
    <message>
        <source> (inserted)</source>
        <translation> (مُدرج)</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>نقل القسم</translation>
    </message>
    <message>
        <source>Move clause</source>
        <translation>نقل الفقرة</translation>
    </message>
    <message>
        <source>Insert clause</source>
        <translation>إدراج فقرة</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>حذف القسم</translation>
    </message>
    <message>
        <source>Delete clause</source>
        <translation>حذف الفقرة</translation>
    </message>
    <message>
        <source>Change keyword</source>
        <translation>تغيير الكلمة المفتاحية</translation>
    </message>
    <message>
        <source>Insert section</source>
        <translation>إدراج قسم</translation>
    </message>
    <message>
        <source>Insert clause after</source>
        <translation>إدراج فقرة بعد</translation>
    </message>
    <message>
        <source>Insert sub-item</source>
        <translation>إدراج فقرة فرعية</translation>
    </message>
    <message>
        <source>Insert section after…</source>
        <translation>إدراج قسم بعد…</translation>
    </message>
    <message>
        <source>Change keyword…</source>
        <translation>تغيير الكلمة المفتاحية…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>إملاء</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>تصحيح سريع: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Apply the quick fix of the selected problem</source>
        <translation>تطبيق التصحيح السريع للمشكلة المحددة</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>تصحيح الكل</translation>
    </message>
    <message>
        <source>Apply every quick fix at once (one undo step)</source>
        <translation>تطبيق كل التصحيحات السريعة دفعة واحدة (خطوة تراجع واحدة)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيراً</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misspelling(s)</source>
        <translation>
            <numerusform>لا أخطاء إملائية</numerusform>
            <numerusform>خطأ إملائي واحد</numerusform>
            <numerusform>خطآن إملائيان</numerusform>
            <numerusform>%n أخطاء إملائية</numerusform>
            <numerusform>%n خطأً إملائيًا</numerusform>
            <numerusform>%n خطأ إملائي</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: %s</source>
        <translation>التصحيح: %s</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Conference</source>
        <translation>المؤتمر</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>المختصر</translation>
    </message>
    <message>
        <source>Place and dates</source>
        <translation>المكان والتواريخ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>الإضافة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>(in-force text)</source>
        <translation>(النص النافذ)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Contribution cover</source>
        <translation>صفحة غلاف المساهمة</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Draft new resolution</source>
        <translation>مشروع قرار جديد</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>المراجَع في</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>إضافة مدخل</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>إزالة المدخل</translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation>اعتمدته</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>اعتُمد</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>This name is not confirmed by an ITU text (see docs/languages.md).</source>
        <translation>لم يؤكد أي نص من نصوص الاتحاد هذا الاسم (انظر docs/languages.md).</translation>
    </message>
    <message>
        <source>Resolution text</source>
        <translation>نص القرار</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>تغيير: %s</translation>
    </message>
    <message>
        <source>Change document language</source>
        <translation>تغيير لغة المستند</translation>
    </message>
    <message>
        <source>Change proposal action</source>
        <translation>تغيير إجراء المقترح</translation>
    </message>
    <message>
        <source>Change adopting body</source>
        <translation>تغيير الهيئة المعتمِدة</translation>
    </message>
    <message>
        <source>Change draft status</source>
        <translation>تغيير صفة المشروع</translation>
    </message>
    <message>
        <source>Change proposal identifier</source>
        <translation>تغيير معرّف المقترح</translation>
    </message>
    <message>
        <source>Change adoption line</source>
        <translation>تغيير سطر الاعتماد</translation>
    </message>
    <message>
        <source>Change history line</source>
        <translation>تغيير سطر التاريخ</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>&amp;Next Change</source>
        <translation>التعديل ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>التعديل ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Accept Change</source>
        <translation>&amp;قبول التعديل</translation>
    </message>
    <message>
        <source>&amp;Reject Change</source>
        <translation>&amp;رفض التعديل</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Changes</source>
        <translation>قبول &amp;كل التعديلات</translation>
    </message>
    <message>
        <source>Reject All C&amp;hanges</source>
        <translation>رفض كل ال&amp;تعديلات</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>م&amp;قارنة مع…</translation>
    </message>
    <message>
        <source>New &amp;MOD Proposal from Resolution…</source>
        <translation>مقترح &amp;MOD جديد من قرار…</translation>
    </message>
    <message>
        <source>No more changes.</source>
        <translation>لا مزيد من التعديلات.</translation>
    </message>
    <message>
        <source>There is no change at the cursor.</source>
        <translation>لا يوجد تعديل عند المؤشر.</translation>
    </message>
    <message>
        <source>Accept change</source>
        <translation>قبول التعديل</translation>
    </message>
    <message>
        <source>Reject change</source>
        <translation>رفض التعديل</translation>
    </message>
    <message>
        <source>Accept all changes</source>
        <translation>قبول كل التعديلات</translation>
    </message>
    <message>
        <source>Reject all changes</source>
        <translation>رفض كل التعديلات</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Resolution documents (*.xml)</source>
        <translation>مستندات القرارات (*.xml)</translation>
    </message>
    <message>
        <source>New MOD proposal</source>
        <translation>مقترح MOD جديد</translation>
    </message>
    <message>
        <source>Geneva, 2022</source>
        <translation>جنيف، 2022</translation>
    </message>
    <message>
        <source>ARB/36A2/1</source>
        <translation>ARB/36A2/1</translation>
    </message>
    <message>
        <source>Conference (place, year):</source>
        <translation>المؤتمر (المكان، السنة):</translation>
    </message>
    <message>
        <source>Proposal identifier:</source>
        <translation>معرّف المقترح:</translation>
    </message>
    <message>
        <source>Write the conference as Place, Year (for example: Geneva, 2022).</source>
        <translation>اكتب المؤتمر بصيغة المكان، السنة (مثلاً: جنيف، 2022).</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>XML source</source>
        <translation>مصدر XML</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>تحرير المصدر</translation>
    </message>
    <message>
        <source>Edit the XML directly; Apply checks it against the schema first</source>
        <translation>تحرير XML مباشرة؛ يتحقق زر التطبيق منه أولاً وفق المخطط</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>The document has changed since you began editing its source; Apply replaces it with your text, Discard shows the document again.</source>
        <translation>تغيّر المستند منذ أن بدأت تحرير مصدره؛ يستبدله التطبيق بنصك، ويعيد التجاهل عرض المستند.</translation>
    </message>
    <message>
        <source>Edit XML source</source>
        <translation>تحرير مصدر XML</translation>
    </message>
</context>
<context>
    <name>SpellingLink</name>
    <message>
        <source>Show &amp;Spelling in Problems</source>
        <translation>إظهار الإ&amp;ملاء في المشكلات</translation>
    </message>
    <message>
        <source>List the misspelled words in the Problems panel beside the drafting problems</source>
        <translation>إدراج الكلمات المكتوبة خطأً في لوحة المشكلات إلى جانب مشكلات الصياغة</translation>
    </message>
    <message>
        <source>Check Spelling as You &amp;Type</source>
        <translation>التدقيق الإملائي أثناء ال&amp;كتابة</translation>
    </message>
    <message>
        <source>Underline the misspelled words while you write</source>
        <translation>وضع خط تحت الكلمات المكتوبة خطأً أثناء الكتابة</translation>
    </message>
    <message>
        <source>Spelling: no dictionary for %1</source>
        <translation>الإملاء: لا يوجد قاموس للغة %1</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Resolution Editor</source>
        <translation>محرر القرارات</translation>
    </message>
    <message>
        <source>Draft an ITU resolution or a proposal that changes one (ADD, MOD, SUP, NOC): start a new document, open one, or import text copied from Word, a web page or a PDF.</source>
        <translation>صغ قراراً للاتحاد الدولي للاتصالات أو مقترحاً يعدّل قراراً (ADD أو MOD أو SUP أو NOC): ابدأ مستنداً جديداً، أو افتح مستنداً، أو استورد نصاً منسوخاً من Word أو من صفحة ويب أو من ملف PDF.</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>المستندات الحديثة</translation>
    </message>
</context>
<context>
    <name>ViewEditing</name>
    <message>
        <source>This part of the line is not text: edit the proposal line and the other fixed parts in Properties.</source>
        <translation>هذا الجزء من السطر ليس نصاً: حرّر سطر المقترح والأجزاء الثابتة الأخرى في الخصائص.</translation>
    </message>
    <message>
        <source>This clause cannot go a level deeper.</source>
        <translation>لا يمكن إنزال هذه الفقرة مستوى آخر.</translation>
    </message>
    <message>
        <source>This clause is not a sub-item.</source>
        <translation>هذه الفقرة ليست فقرة فرعية.</translation>
    </message>
    <message>
        <source>Paste several paragraphs inside a clause or on a section keyword.</source>
        <translation>الصق عدة فقرات داخل فقرة أو على الكلمة المفتاحية لقسم.</translation>
    </message>
    <message>
        <source>Put the cursor in a section: the new one comes after it.</source>
        <translation>ضع المؤشر في قسم: يأتي القسم الجديد بعده.</translation>
    </message>
    <message>
        <source>Put the cursor in a body section, an annex or an appendix: the new paragraph comes after the one at the cursor.</source>
        <translation>ضع المؤشر في قسم من المتن أو في ملحق أو تذييل: تأتي الفقرة الجديدة بعد الفقرة التي فيها المؤشر.</translation>
    </message>
    <message>
        <source>Put the cursor in a table: the new row comes after the one at the cursor.</source>
        <translation>ضع المؤشر في جدول: يأتي الصف الجديد بعد الصف الذي فيه المؤشر.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>قص</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Markup (revision marks, change bars)</source>
        <extracomment>The views offered, in the words of the View menu (editor.export.blocks.EXPORT_VIEWS).</extracomment>
        <translation>العلامات (علامات المراجعة وأشرطة التعديل)</translation>
    </message>
    <message>
        <source>Final (changes accepted)</source>
        <translation>النهائي (التعديلات مقبولة)</translation>
    </message>
    <message>
        <source>Original (changes rejected)</source>
        <translation>الأصلي (التعديلات مرفوضة)</translation>
    </message>
    <message>
        <source>Print (marks as coloured underline and strike-through)</source>
        <translation>الطباعة (العلامات تسطيراً وشطباً ملوّنين)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>The cover page has no %1 yet. Export it as it is?</source>
        <translation>لا تتضمن صفحة الغلاف %1 بعد. هل تريد تصديرها كما هي؟</translation>
    </message>
    <message>
        <source>View</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Export the document as:</source>
        <translation>تصدير المستند بعرض:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Print the %1 comment(s) as numbered notes at the end?</source>
        <translation>هل تُطبع التعليقات (%1) ملاحظاتٍ مرقّمة في النهاية؟</translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation>جارٍ كتابة %s…</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
</context>
</TS>
