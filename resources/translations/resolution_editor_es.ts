<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AuthorBar</name>
    <message>
        <source>Your Name…</source>
        <translation>Su nombre…</translation>
    </message>
    <message>
        <source>Keep this name</source>
        <translation>Conservar este nombre</translation>
    </message>
    <message>
        <source>Your changes are recorded as “{0}”. Give your name or administration if it should be another.</source>
        <translation>Sus cambios se registran a nombre de «{0}». Indique su nombre o su administración si debe ser otro.</translation>
    </message>
    <message>
        <source>Your changes are recorded without a name. Give your name or administration, as revision marks should show it.</source>
        <translation>Sus cambios se registran sin nombre. Indique su nombre o su administración, tal como deben mostrarlo las marcas de revisión.</translation>
    </message>
</context>
<context>
    <name>BodyCommands</name>
    <message>
        <source>%1: a figure takes a PNG, JPEG or GIF picture</source>
        <translation>%1: una figura admite una imagen PNG, JPEG o GIF</translation>
    </message>
    <message>
        <source>%1: the picture is larger than %2 MiB</source>
        <translation>%1: la imagen supera %2 MiB</translation>
    </message>
    <message>
        <source>%1: could not be read (%2)</source>
        <translation>%1: no se pudo leer (%2)</translation>
    </message>
    <message>
        <source>%1: not a picture this editor can show (damaged, or of another kind than its name says)</source>
        <translation>%1: no es una imagen que este editor pueda mostrar (dañada, o de otro tipo que el que indica su nombre)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Cuerpo</translation>
    </message>
    <message>
        <source>Body &amp;Section</source>
        <translation>&amp;Sección del cuerpo</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Cuadro</translation>
    </message>
    <message>
        <source>Table &amp;Row</source>
        <translation>&amp;Fila de cuadro</translation>
    </message>
    <message>
        <source>&amp;Figure…</source>
        <translation>&amp;Figura…</translation>
    </message>
    <message>
        <source>&amp;Appendix</source>
        <translation>&amp;Apéndice</translation>
    </message>
    <message>
        <source>Insert Figure</source>
        <translation>Insertar figura</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Inserted clause</source>
        <translation>Apartado insertado</translation>
    </message>
    <message>
        <source>Deleted clause</source>
        <translation>Apartado suprimido</translation>
    </message>
    <message>
        <source>Inserted section</source>
        <translation>Sección insertada</translation>
    </message>
    <message>
        <source>Deleted section</source>
        <translation>Sección suprimida</translation>
    </message>
    <message>
        <source>Inserted annex</source>
        <translation>Anexo insertado</translation>
    </message>
    <message>
        <source>Deleted annex</source>
        <translation>Anexo suprimido</translation>
    </message>
    <message>
        <source>Inserted footnote</source>
        <translation>Nota insertada</translation>
    </message>
    <message>
        <source>Deleted footnote</source>
        <translation>Nota suprimida</translation>
    </message>
    <message>
        <source>Inserted proposal</source>
        <translation>Propuesta insertada</translation>
    </message>
    <message>
        <source>Deleted proposal</source>
        <translation>Propuesta suprimida</translation>
    </message>
    <message>
        <source>Inserted resolution</source>
        <translation>Resolución insertada</translation>
    </message>
    <message>
        <source>Deleted resolution</source>
        <translation>Resolución suprimida</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>Inserción</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Supresión</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Rechazar todo</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept change</source>
        <translation>Aceptar cambio</translation>
    </message>
    <message>
        <source>Reject change</source>
        <translation>Rechazar cambio</translation>
    </message>
    <message>
        <source>Accept all changes</source>
        <translation>Aceptar todos los cambios</translation>
    </message>
    <message>
        <source>Reject all changes</source>
        <translation>Rechazar todos los cambios</translation>
    </message>
</context>
<context>
    <name>CommentCommands</name>
    <message>
        <source>New Co&amp;mment…</source>
        <translation>Nuevo co&amp;mentario…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Comment</source>
        <translation>Comentario &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Comment</source>
        <translation>Comentario &amp;anterior</translation>
    </message>
    <message>
        <source>No more comments.</source>
        <translation>No hay más comentarios.</translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Comments are added in the Markup view.</source>
        <translation>Los comentarios se añaden en la vista Marcas.</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suprimir</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation>
            <numerusform>, %n abierto</numerusform>
            <numerusform>, %n abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Your reply to %1:</source>
        <translation>Su respuesta a %1:</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>Responder al comentario</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Resolver comentario</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Reabrir comentario</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Suprimir comentario</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>the document has no unsaved changes</source>
        <translation>el documento no tiene cambios sin guardar</translation>
    </message>
    <message>
        <source>the recovery copy could not be written (%1), so save the document under a new name now</source>
        <translation>no se pudo escribir la copia de recuperación (%1), así que guarde ahora el documento con otro nombre</translation>
    </message>
    <message>
        <source>the document has unsaved changes and no recovery folder, so save it under a new name now</source>
        <translation>el documento tiene cambios sin guardar y no hay carpeta de recuperación, así que guárdelo ahora con otro nombre</translation>
    </message>
    <message>
        <source>your work is kept in the recovery file %1</source>
        <translation>su trabajo se conserva en el archivo de recuperación %1</translation>
    </message>
    <message>
        <source>Something went wrong while %1; %2; the details are copied to the clipboard.</source>
        <translation>Algo salió mal durante %1; %2; los detalles se copiaron al portapapeles.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>el trabajo</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>la ejecución de %1</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Export &amp;Word Document…</source>
        <translation>Exportar documento &amp;Word…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportado</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Coincidir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Reemplazar por:</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n coincidencia.</numerusform>
            <numerusform>%n coincidencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>%n coincidencia reemplazada.</numerusform>
            <numerusform>%n coincidencias reemplazadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import messages</source>
        <translation>Mensajes de importación</translation>
    </message>
    <message>
        <source>Double-click a message, or press Enter, to go to its place in the document</source>
        <translation>Haga doble clic en un mensaje, o pulse Intro, para ir a su lugar en el documento</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the messages to the clipboard</source>
        <translation>Copiar los mensajes al portapapeles</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported as a new, untitled document. The importer had to judge %n place(s) in it; check them against the text:</source>
        <translation>
            <numerusform>%1 se importó como un documento nuevo sin título. El importador tuvo que interpretar %n lugar; compruébelo con el texto:</numerusform>
            <numerusform>%1 se importó como un documento nuevo sin título. El importador tuvo que interpretar %n lugares; compruébelos con el texto:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyword</name>
    <message>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <source>Section keyword</source>
        <translation>Palabra clave de la sección</translation>
    </message>
    <message>
        <source>Keyword:</source>
        <translation>Palabra clave:</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language of the document:</source>
        <translation>Idioma del documento:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Markup</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>The interface language changes when the editor next starts.</source>
        <translation>El idioma de la interfaz cambia la próxima vez que se inicie el editor.</translation>
    </message>
    <message>
        <source>New &amp;Resolution…</source>
        <translation>Nueva &amp;resolución…</translation>
    </message>
    <message>
        <source>New &amp;Contribution…</source>
        <translation>Nueva &amp;contribución…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Import Text or Word…</source>
        <translation>&amp;Importar texto o Word…</translation>
    </message>
    <message>
        <source>Make a new document from a Word file, or from text copied out of Word or a PDF</source>
        <translation>Crear un documento a partir de un archivo Word, o de texto copiado de Word o de un PDF</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Buscar y reemplazar…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Reemplazar…</translation>
    </message>
    <message>
        <source>&amp;Footnote</source>
        <translation>&amp;Nota a pie de página</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>New &amp;Clause</source>
        <translation>Nuevo &amp;apartado</translation>
    </message>
    <message>
        <source>Into Sub-item &amp;Level</source>
        <translation>Bajar al &amp;nivel de subapartado</translation>
    </message>
    <message>
        <source>&amp;Out of Sub-item Level</source>
        <translation>&amp;Subir de nivel</translation>
    </message>
    <message>
        <source>&amp;Delete Clause</source>
        <translation>&amp;Suprimir apartado</translation>
    </message>
    <message>
        <source>Delete the clause at the cursor, with its sub-items</source>
        <translation>Suprimir el apartado donde está el cursor, con sus subapartados</translation>
    </message>
    <message>
        <source>Insert &amp;Section After…</source>
        <translation>Insertar &amp;sección después…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Pa&amp;nel anterior</translation>
    </message>
    <message>
        <source>&amp;Track Changes</source>
        <translation>&amp;Control de cambios</translation>
    </message>
    <message>
        <source>Record every edit as an insertion or deletion against the base text</source>
        <translation>Registrar cada cambio como inserción o supresión respecto del texto de base</translation>
    </message>
    <message>
        <source>&amp;Author Name…</source>
        <translation>Nombre del &amp;autor…</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;About Resolution Editor</source>
        <translation>&amp;Acerca de Resolution Editor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Track Changes: On</source>
        <translation>Control de cambios: activado</translation>
    </message>
    <message>
        <source>Track Changes: Off</source>
        <translation>Control de cambios: desactivado</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Vista: %1</translation>
    </message>
    <message>
        <source>Track Changes is not available in an ADD proposal: the whole text is new.</source>
        <translation>El control de cambios no está disponible en una propuesta ADD: todo el texto es nuevo.</translation>
    </message>
    <message>
        <source>The document has unsaved changes. Save them before closing?</source>
        <translation>El documento tiene cambios sin guardar. ¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>The editor was not closed normally. Restore the autosaved copy of %1?</source>
        <translation>El editor no se cerró normalmente. ¿Restaurar la copia guardada automáticamente de %1?</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Documento nuevo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Resolution documents (*.xml);;Word documents to import (*.docx);;Plain text to import (*.txt);;All files (*)</source>
        <translation>Documentos de resolución (*.xml);;Documentos Word para importar (*.docx);;Texto sin formato para importar (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Plain text or Word (*.txt *.docx);;All files (*)</source>
        <translation>Texto sin formato o Word (*.txt *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Your own language data could not be used: %1</source>
        <translation>No se pudieron usar sus propios datos de idioma: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 as a new, untitled document; %n place(s) to check in the Import messages list.</source>
        <translation>
            <numerusform>%1 importado como documento nuevo sin título; %n lugar por revisar en la lista de mensajes de importación.</numerusform>
            <numerusform>%1 importado como documento nuevo sin título; %n lugares por revisar en la lista de mensajes de importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Resolution documents (*.xml)</source>
        <translation>Documentos de resolución (*.xml)</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Your name or administration, as revision marks show it:</source>
        <translation>Su nombre o administración, tal como lo mostrarán las marcas de revisión:</translation>
    </message>
    <message>
        <source>Author Name</source>
        <translation>Nombre del autor</translation>
    </message>
    <message>
        <source>About Resolution Editor</source>
        <translation>Acerca de Resolution Editor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Resolution Editor&lt;/h3&gt;&lt;p&gt;Draft ITU resolutions and the proposals that change them (ADD, MOD, SUP, NOC), offline, with real revision marks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Resolution Editor&lt;/h3&gt;&lt;p&gt;Redacte sin conexión resoluciones de la UIT y las propuestas que las modifican (ADD, MOD, SUP, NOC), con verdaderas marcas de revisión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported %1 as a new, untitled document.</source>
        <translation>%1 importado como un documento nuevo sin título.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>The document was not saved: %1. Your work is still open in the window.</source>
        <translation>El documento no se guardó: %1. Su trabajo sigue abierto en la ventana.</translation>
    </message>
    <message>
        <source>The recovery copy could not be written (%1), so a crash now would lose your unsaved work; save it, or use Save As to put it on another disk.</source>
        <translation>No se pudo escribir la copia de recuperación (%1), por lo que un fallo ahora haría perder el trabajo no guardado; guárdelo, o utilice Guardar como para ponerlo en otro disco.</translation>
    </message>
    <message>
        <source>The recovery folder %1 %2, so unsaved work cannot be kept safe from a crash until that is put right; save your work often.</source>
        <translation>La carpeta de recuperación %1 %2, por lo que el trabajo no guardado no está protegido contra un fallo hasta que se corrija; guarde su trabajo a menudo.</translation>
    </message>
    <message>
        <source>Restored %1; its last edits could not be replayed: %2.</source>
        <translation>%1 restaurado; sus últimos cambios no pudieron reproducirse: %2.</translation>
    </message>
    <message>
        <source>it was kept as %1</source>
        <translation>se conservó como %1</translation>
    </message>
    <message>
        <source>it stays where it is, since it could not be moved aside (%1)</source>
        <translation>se queda donde está, porque no se pudo apartar (%1)</translation>
    </message>
    <message>
        <source>The autosaved copy of %1 cannot be restored because it %2 (%3); %4.</source>
        <translation>La copia guardada automáticamente de %1 no puede restaurarse porque %2 (%3); %4.</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>Inserted by %1, %2</source>
        <translation>Insertado por %1, %2</translation>
    </message>
    <message>
        <source>Deleted by %1, %2</source>
        <translation>Suprimido por %1, %2</translation>
    </message>
    <message>
        <source>an unknown author</source>
        <translation>un autor desconocido</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Resolution text</source>
        <translation>Texto de la resolución</translation>
    </message>
    <message>
        <source>(no keyword)</source>
        <translation>(sin palabra clave)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Cuadro:</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Figura:</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (suprimido)</translation>
    </message>
    <message>
        <source> (inserted)</source>
        <translation> (insertado)</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Mover sección</translation>
    </message>
    <message>
        <source>Move clause</source>
        <translation>Mover apartado</translation>
    </message>
    <message>
        <source>Insert clause</source>
        <translation>Insertar apartado</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Suprimir sección</translation>
    </message>
    <message>
        <source>Delete clause</source>
        <translation>Suprimir apartado</translation>
    </message>
    <message>
        <source>Change keyword</source>
        <translation>Cambiar la palabra clave</translation>
    </message>
    <message>
        <source>Insert section</source>
        <translation>Insertar sección</translation>
    </message>
    <message>
        <source>Insert clause after</source>
        <translation>Insertar apartado después</translation>
    </message>
    <message>
        <source>Insert sub-item</source>
        <translation>Insertar subapartado</translation>
    </message>
    <message>
        <source>Insert section after…</source>
        <translation>Insertar sección después…</translation>
    </message>
    <message>
        <source>Change keyword…</source>
        <translation>Cambiar la palabra clave…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suprimir</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Corrección rápida: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Apply the quick fix of the selected problem</source>
        <translation>Aplicar la corrección rápida del problema seleccionado</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>Corregir todo</translation>
    </message>
    <message>
        <source>Apply every quick fix at once (one undo step)</source>
        <translation>Aplicar todas las correcciones rápidas a la vez (un solo paso para deshacer)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misspelling(s)</source>
        <translation>
            <numerusform>%n error ortográfico</numerusform>
            <numerusform>%n errores ortográficos</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: %s</source>
        <translation>Corrección: %s</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Place and dates</source>
        <translation>Lugar y fechas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addéndum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>(in-force text)</source>
        <translation>(texto en vigor)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Contribution cover</source>
        <translation>Portada de la contribución</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Draft new resolution</source>
        <translation>Proyecto de nueva resolución</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation>Adoptada por</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>This name is not confirmed by an ITU text (see docs/languages.md).</source>
        <translation>Ningún texto de la UIT confirma este nombre (véase docs/languages.md).</translation>
    </message>
    <message>
        <source>Resolution text</source>
        <translation>Texto de la resolución</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Cambiar: %s</translation>
    </message>
    <message>
        <source>Change document language</source>
        <translation>Cambiar el idioma del documento</translation>
    </message>
    <message>
        <source>Change proposal action</source>
        <translation>Cambiar la acción de la propuesta</translation>
    </message>
    <message>
        <source>Change adopting body</source>
        <translation>Cambiar el órgano de adopción</translation>
    </message>
    <message>
        <source>Change draft status</source>
        <translation>Cambiar la condición de proyecto</translation>
    </message>
    <message>
        <source>Change proposal identifier</source>
        <translation>Cambiar el identificador de la propuesta</translation>
    </message>
    <message>
        <source>Change adoption line</source>
        <translation>Cambiar la línea de adopción</translation>
    </message>
    <message>
        <source>Change history line</source>
        <translation>Cambiar la línea de historia</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>&amp;Next Change</source>
        <translation>Cambio &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Cambio &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Accept Change</source>
        <translation>&amp;Aceptar cambio</translation>
    </message>
    <message>
        <source>&amp;Reject Change</source>
        <translation>&amp;Rechazar cambio</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Changes</source>
        <translation>Aceptar &amp;todos los cambios</translation>
    </message>
    <message>
        <source>Reject All C&amp;hanges</source>
        <translation>Rechazar todos los &amp;cambios</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>&amp;Comparar con…</translation>
    </message>
    <message>
        <source>New &amp;MOD Proposal from Resolution…</source>
        <translation>Nueva propuesta &amp;MOD a partir de una resolución…</translation>
    </message>
    <message>
        <source>No more changes.</source>
        <translation>No hay más cambios.</translation>
    </message>
    <message>
        <source>There is no change at the cursor.</source>
        <translation>No hay ningún cambio en el cursor.</translation>
    </message>
    <message>
        <source>Accept change</source>
        <translation>Aceptar cambio</translation>
    </message>
    <message>
        <source>Reject change</source>
        <translation>Rechazar cambio</translation>
    </message>
    <message>
        <source>Accept all changes</source>
        <translation>Aceptar todos los cambios</translation>
    </message>
    <message>
        <source>Reject all changes</source>
        <translation>Rechazar todos los cambios</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Resolution documents (*.xml)</source>
        <translation>Documentos de resolución (*.xml)</translation>
    </message>
    <message>
        <source>New MOD proposal</source>
        <translation>Nueva propuesta MOD</translation>
    </message>
    <message>
        <source>Geneva, 2022</source>
        <translation>Ginebra, 2022</translation>
    </message>
    <message>
        <source>ARB/36A2/1</source>
        <translation>ARB/36A2/1</translation>
    </message>
    <message>
        <source>Conference (place, year):</source>
        <translation>Conferencia (lugar, año):</translation>
    </message>
    <message>
        <source>Proposal identifier:</source>
        <translation>Identificador de la propuesta:</translation>
    </message>
    <message>
        <source>Write the conference as Place, Year (for example: Geneva, 2022).</source>
        <translation>Escriba la conferencia como Lugar, Año (por ejemplo: Ginebra, 2022).</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>XML source</source>
        <translation>Fuente XML</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Editar la fuente</translation>
    </message>
    <message>
        <source>Edit the XML directly; Apply checks it against the schema first</source>
        <translation>Editar directamente el XML; Aplicar lo comprueba primero con el esquema</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The document has changed since you began editing its source; Apply replaces it with your text, Discard shows the document again.</source>
        <translation>El documento ha cambiado desde que empezó a editar su fuente; Aplicar lo reemplaza por su texto, Descartar vuelve a mostrar el documento.</translation>
    </message>
    <message>
        <source>Edit XML source</source>
        <translation>Editar la fuente XML</translation>
    </message>
</context>
<context>
    <name>SpellingLink</name>
    <message>
        <source>Show &amp;Spelling in Problems</source>
        <translation>Mostrar la &amp;ortografía en Problemas</translation>
    </message>
    <message>
        <source>List the misspelled words in the Problems panel beside the drafting problems</source>
        <translation>Listar las palabras mal escritas en el panel Problemas, junto a los problemas de redacción</translation>
    </message>
    <message>
        <source>Check Spelling as You &amp;Type</source>
        <translation>Revisar la ortografía al &amp;escribir</translation>
    </message>
    <message>
        <source>Underline the misspelled words while you write</source>
        <translation>Subrayar las palabras mal escritas mientras escribe</translation>
    </message>
    <message>
        <source>Spelling: no dictionary for %1</source>
        <translation>Ortografía: no hay diccionario para %1</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Resolution Editor</source>
        <translation>Resolution Editor</translation>
    </message>
    <message>
        <source>Draft an ITU resolution or a proposal that changes one (ADD, MOD, SUP, NOC): start a new document, open one, or import text copied from Word, a web page or a PDF.</source>
        <translation>Redacte una resolución de la UIT o una propuesta que modifique una (ADD, MOD, SUP, NOC): empiece un documento nuevo, abra uno o importe texto copiado de Word, de una página web o de un PDF.</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documentos recientes</translation>
    </message>
</context>
<context>
    <name>ViewEditing</name>
    <message>
        <source>This part of the line is not text: edit the proposal line and the other fixed parts in Properties.</source>
        <translation>Esta parte de la línea no es texto: edite la línea de la propuesta y las demás partes fijas en Propiedades.</translation>
    </message>
    <message>
        <source>This clause cannot go a level deeper.</source>
        <translation>Este apartado no puede bajar otro nivel.</translation>
    </message>
    <message>
        <source>This clause is not a sub-item.</source>
        <translation>Este apartado no es un subapartado.</translation>
    </message>
    <message>
        <source>Paste several paragraphs inside a clause or on a section keyword.</source>
        <translation>Pegue varios párrafos dentro de un apartado o sobre la palabra clave de una sección.</translation>
    </message>
    <message>
        <source>Put the cursor in a section: the new one comes after it.</source>
        <translation>Ponga el cursor en una sección: la nueva irá después.</translation>
    </message>
    <message>
        <source>Put the cursor in a body section, an annex or an appendix: the new paragraph comes after the one at the cursor.</source>
        <translation>Ponga el cursor en una sección del cuerpo, un anexo o un apéndice: el nuevo párrafo va después del del cursor.</translation>
    </message>
    <message>
        <source>Put the cursor in a table: the new row comes after the one at the cursor.</source>
        <translation>Ponga el cursor en un cuadro: la nueva fila va después de la del cursor.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Markup (revision marks, change bars)</source>
        <extracomment>The views offered, in the words of the View menu (editor.export.blocks.EXPORT_VIEWS).</extracomment>
        <translation>Marcas (marcas de revisión, barras de cambio)</translation>
    </message>
    <message>
        <source>Final (changes accepted)</source>
        <translation>Final (cambios aceptados)</translation>
    </message>
    <message>
        <source>Original (changes rejected)</source>
        <translation>Original (cambios rechazados)</translation>
    </message>
    <message>
        <source>Print (marks as coloured underline and strike-through)</source>
        <translation>Impresión (marcas como subrayado y tachado en color)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The cover page has no %1 yet. Export it as it is?</source>
        <translation>La portada aún no tiene %1. ¿Exportarla tal como está?</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Export the document as:</source>
        <translation>Exportar el documento en la vista:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Print the %1 comment(s) as numbered notes at the end?</source>
        <translation>¿Imprimir los %1 comentario(s) como notas numeradas al final?</translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation>Escribiendo %s…</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
</context>
</TS>
